-- How many times processing of an edition has started since it last finished a page. A PDF that
-- takes the process down (memory, a crash) would otherwise be resumed at every start, forever:
-- after a few starts without progress the processor marks it FAILED instead.
ALTER TABLE edition ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;

-- The e-paper's processing: the stored PDF, the state of its processing and its pages.
-- An edition is shown to readers only when its status is READY, which the processor sets in
-- the same statement that checks that every page has its row.

ALTER TABLE edition ADD COLUMN pdf_key VARCHAR(80) NOT NULL DEFAULT '';
ALTER TABLE edition ADD COLUMN pdf_size BIGINT NOT NULL DEFAULT 0;
ALTER TABLE edition ADD COLUMN error VARCHAR(1000) NOT NULL DEFAULT '';
ALTER TABLE edition ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0;
CREATE INDEX edition_status_date ON edition (status, edition_date);

-- One row per page whose images and text are done: a page without its row is not ready.
CREATE TABLE edition_page (
  edition_id BIGINT NOT NULL REFERENCES edition (id) ON DELETE CASCADE,
  page_number INTEGER NOT NULL,
  image_file VARCHAR(120) NOT NULL,
  image_width INTEGER NOT NULL,
  image_height INTEGER NOT NULL,
  thumb_file VARCHAR(120) NOT NULL,
  thumb_width INTEGER NOT NULL,
  thumb_height INTEGER NOT NULL,
  page_text TEXT NOT NULL,
  rendered_at BIGINT NOT NULL,
  PRIMARY KEY (edition_id, page_number)
);

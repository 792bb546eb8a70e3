-- What the feed fetcher knows about each partner channel: validators for conditional GET,
-- when it last tried and last succeeded, and the last error shown to the admin (Indonesian).
ALTER TABLE partner_channel ADD COLUMN etag VARCHAR(500);
ALTER TABLE partner_channel ADD COLUMN last_modified VARCHAR(100);
ALTER TABLE partner_channel ADD COLUMN last_fetched_at BIGINT;
ALTER TABLE partner_channel ADD COLUMN last_success_at BIGINT;
ALTER TABLE partner_channel ADD COLUMN last_error VARCHAR(1000);
ALTER TABLE partner_channel ADD COLUMN failure_count INTEGER NOT NULL DEFAULT 0;

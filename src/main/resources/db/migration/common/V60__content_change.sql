-- The transactional outbox behind every cache: each write that readers can see adds one row in
-- its own transaction, naming what changed as surrogate keys ("a:42 section:3 articles").
-- Every process (the site, a command run beside it, later several nodes) reads the rows by id
-- and purges what they name; rows are pruned after an hour (platform.ChangeFeed).
CREATE TABLE content_change (
  id ${id},
  surrogate_keys TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX content_change_created ON content_change (created_at);

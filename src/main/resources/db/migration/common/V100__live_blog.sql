-- Live blogs (id.warta.liveblog): an article covered live, and its timestamped entries.
-- A live blog is live while ended_at is NULL; ending it keeps every entry on the article page.
CREATE TABLE live_blog (
  article_id BIGINT PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
  started_at BIGINT NOT NULL,
  ended_at BIGINT
);

-- An entry: sanitized text, an optional photo from the media library, an optional embed (a
-- YouTube/X/Instagram address, shown click-to-load). version counts its changes.
CREATE TABLE live_entry (
  id ${id},
  article_id BIGINT NOT NULL REFERENCES live_blog (article_id) ON DELETE CASCADE,
  body_html TEXT NOT NULL,
  media_id BIGINT REFERENCES media (id) ON DELETE SET NULL,
  embed_url VARCHAR(500) NOT NULL DEFAULT '',
  pinned BOOLEAN NOT NULL DEFAULT FALSE,
  key_event BOOLEAN NOT NULL DEFAULT FALSE,
  posted_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  version INTEGER NOT NULL
);
CREATE INDEX live_entry_article ON live_entry (article_id, posted_at);

-- Every change of an entry (posted, edited, deleted) as it was after the change; kept after the
-- entry itself is deleted.
CREATE TABLE live_entry_revision (
  id ${id},
  entry_id BIGINT NOT NULL,
  article_id BIGINT NOT NULL,
  number INTEGER NOT NULL,
  action VARCHAR(10) NOT NULL,
  body_html TEXT NOT NULL,
  media_id BIGINT,
  embed_url VARCHAR(500) NOT NULL DEFAULT '',
  pinned BOOLEAN NOT NULL DEFAULT FALSE,
  key_event BOOLEAN NOT NULL DEFAULT FALSE,
  changed_by VARCHAR(120) NOT NULL,
  created_at BIGINT NOT NULL,
  UNIQUE (entry_id, number)
);
CREATE INDEX live_entry_revision_article ON live_entry_revision (article_id, created_at);

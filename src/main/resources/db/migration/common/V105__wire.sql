-- Wire ingest (package wire): the agencies' feeds an admin configured, what they delivered and
-- which items the newsroom took. Instants are epoch milliseconds (UTC).

-- A source: NewsML-G2 from a folder or over HTTP, ninjs over HTTP, or RSS/Atom. The poll state
-- (validators, next poll, failures for the back-off) lives beside it.
CREATE TABLE wire_source (
  id ${id},
  name VARCHAR(80) NOT NULL UNIQUE,
  kind VARCHAR(20) NOT NULL,
  location VARCHAR(1000) NOT NULL,
  agency VARCHAR(40) NOT NULL,
  poll_minutes INTEGER NOT NULL DEFAULT 5,
  enabled BOOLEAN NOT NULL DEFAULT TRUE,
  etag VARCHAR(500),
  last_modified VARCHAR(100),
  next_poll_at BIGINT NOT NULL DEFAULT 0,
  last_polled_at BIGINT,
  last_success_at BIGINT,
  last_error VARCHAR(1000),
  failure_count INTEGER NOT NULL DEFAULT 0
);

-- One version of one item as the agency sent it. (source_id, guid, version) is delivered once:
-- a repeat of the same version changes nothing. An item that could not be read is kept with its
-- error, so the desk sees that something arrived broken.
CREATE TABLE wire_item (
  id ${id},
  source_id BIGINT NOT NULL REFERENCES wire_source (id) ON DELETE CASCADE,
  guid VARCHAR(500) NOT NULL,
  version INTEGER NOT NULL,
  received_at BIGINT NOT NULL,
  version_created BIGINT,
  pub_status VARCHAR(20) NOT NULL DEFAULT 'usable',
  priority INTEGER,
  urgency INTEGER,
  headline VARCHAR(300) NOT NULL DEFAULT '',
  lead VARCHAR(2000) NOT NULL DEFAULT '',
  body_html TEXT NOT NULL DEFAULT '',
  dateline VARCHAR(200) NOT NULL DEFAULT '',
  byline VARCHAR(200) NOT NULL DEFAULT '',
  credit VARCHAR(200) NOT NULL DEFAULT '',
  error VARCHAR(1000),
  UNIQUE (source_id, guid, version)
);
CREATE INDEX wire_item_received ON wire_item (received_at);
CREATE INDEX wire_item_guid ON wire_item (source_id, guid);

-- Photos an item carries (or is): where to fetch them from, with their credit and caption.
CREATE TABLE wire_photo (
  item_id BIGINT NOT NULL REFERENCES wire_item (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  href VARCHAR(1000) NOT NULL,
  caption VARCHAR(1000) NOT NULL DEFAULT '',
  credit VARCHAR(200) NOT NULL DEFAULT '',
  PRIMARY KEY (item_id, position)
);

-- An item the newsroom took ("Ambil"): once per (source, guid), whatever its later versions;
-- the version taken tells the draft's editor that the agency has sent an update or withdrawn it.
CREATE TABLE wire_taking (
  source_id BIGINT NOT NULL REFERENCES wire_source (id) ON DELETE CASCADE,
  guid VARCHAR(500) NOT NULL,
  version INTEGER NOT NULL,
  article_id BIGINT,
  taken_by VARCHAR(100) NOT NULL,
  taken_at BIGINT NOT NULL,
  PRIMARY KEY (source_id, guid)
);
CREATE INDEX wire_taking_article ON wire_taking (article_id);

-- Warta's foundation: the reader site's content model.
-- Instants are BIGINT epoch milliseconds (UTC): they read back identically on SQLite and
-- PostgreSQL. ${id} is the database's identity column (see platform.Database).

CREATE TABLE section (
  id ${id},
  slug VARCHAR(60) NOT NULL UNIQUE,
  name VARCHAR(80) NOT NULL,
  description VARCHAR(300) NOT NULL DEFAULT '',
  position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE author (
  id ${id},
  slug VARCHAR(120) NOT NULL UNIQUE,
  name VARCHAR(120) NOT NULL,
  bio VARCHAR(1000) NOT NULL DEFAULT ''
);

CREATE TABLE media (
  id ${id},
  file_key VARCHAR(80) NOT NULL UNIQUE,
  content_type VARCHAR(40) NOT NULL,
  width INTEGER NOT NULL,
  height INTEGER NOT NULL,
  credit VARCHAR(200) NOT NULL,
  caption VARCHAR(1000) NOT NULL,
  alt_text VARCHAR(300) NOT NULL,
  created_at BIGINT NOT NULL
);

CREATE TABLE article (
  id ${id},
  section_id BIGINT NOT NULL REFERENCES section (id),
  title VARCHAR(300) NOT NULL,
  slug VARCHAR(200) NOT NULL,
  lead VARCHAR(2000) NOT NULL DEFAULT '',
  body_html TEXT NOT NULL,
  source VARCHAR(100) NOT NULL DEFAULT '',
  editor_code VARCHAR(20) NOT NULL DEFAULT '',
  lead_media_id BIGINT REFERENCES media (id),
  read_also_id BIGINT REFERENCES article (id) ON DELETE SET NULL,
  status VARCHAR(20) NOT NULL,
  published_at BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  version INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX article_status_published ON article (status, published_at);
CREATE INDEX article_section_published ON article (section_id, status, published_at);
CREATE INDEX article_title ON article (title);

CREATE TABLE article_author (
  article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
  author_id BIGINT NOT NULL REFERENCES author (id),
  position INTEGER NOT NULL,
  PRIMARY KEY (article_id, author_id)
);
CREATE INDEX article_author_author ON article_author (author_id);

CREATE TABLE tag (
  id ${id},
  slug VARCHAR(120) NOT NULL UNIQUE,
  name VARCHAR(120) NOT NULL
);

CREATE TABLE article_tag (
  article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
  tag_id BIGINT NOT NULL REFERENCES tag (id),
  position INTEGER NOT NULL,
  PRIMARY KEY (article_id, tag_id)
);
CREATE INDEX article_tag_tag ON article_tag (tag_id);

-- "Baca Juga": the editor's own choice of related articles, in order.
CREATE TABLE related_link (
  article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  related_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
  PRIMARY KEY (article_id, position)
);

-- The curated headline stories of the home page, in order.
CREATE TABLE home_headline (
  position INTEGER NOT NULL PRIMARY KEY,
  article_id BIGINT NOT NULL UNIQUE REFERENCES article (id) ON DELETE CASCADE
);

-- Page views per article and hour (hour = epoch millis / 3,600,000). No reader data is kept.
CREATE TABLE article_view_hour (
  article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
  hour BIGINT NOT NULL,
  views BIGINT NOT NULL,
  PRIMARY KEY (article_id, hour)
);
CREATE INDEX article_view_hour_hour ON article_view_hour (hour);

CREATE TABLE partner_channel (
  id ${id},
  slug VARCHAR(60) NOT NULL UNIQUE,
  name VARCHAR(80) NOT NULL,
  site_url VARCHAR(500) NOT NULL,
  feed_url VARCHAR(500) NOT NULL DEFAULT '',
  refresh_minutes INTEGER NOT NULL DEFAULT 30,
  max_items INTEGER NOT NULL DEFAULT 10,
  position INTEGER NOT NULL DEFAULT 0,
  enabled BOOLEAN NOT NULL DEFAULT TRUE
);

CREATE TABLE channel_item (
  id ${id},
  channel_id BIGINT NOT NULL REFERENCES partner_channel (id) ON DELETE CASCADE,
  guid VARCHAR(500) NOT NULL,
  title VARCHAR(300) NOT NULL,
  url VARCHAR(1000) NOT NULL,
  excerpt VARCHAR(1000) NOT NULL DEFAULT '',
  published_at BIGINT NOT NULL,
  UNIQUE (channel_id, guid)
);
CREATE INDEX channel_item_published ON channel_item (channel_id, published_at);

-- The printed edition. Its pages and PDF processing arrive with the e-paper feature; the
-- reader site needs the latest ready edition and its Fokus story for the e-paper block.
CREATE TABLE edition (
  id ${id},
  edition_date VARCHAR(10) NOT NULL UNIQUE,
  title VARCHAR(120) NOT NULL,
  status VARCHAR(20) NOT NULL,
  page_count INTEGER NOT NULL DEFAULT 0,
  focus_title VARCHAR(300) NOT NULL DEFAULT '',
  focus_teaser VARCHAR(1000) NOT NULL DEFAULT '',
  focus_first_page INTEGER,
  focus_last_page INTEGER,
  created_at BIGINT NOT NULL
);

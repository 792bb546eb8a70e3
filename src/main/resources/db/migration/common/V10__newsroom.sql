-- The newsroom: accounts, article ownership, revisions, corrections, the audit log.

CREATE TABLE newsroom_user (
  id ${id},
  username VARCHAR(60) NOT NULL UNIQUE,
  display_name VARCHAR(120) NOT NULL,
  password_hash VARCHAR(200) NOT NULL,
  role VARCHAR(20) NOT NULL,
  enabled BOOLEAN NOT NULL DEFAULT TRUE,
  author_id BIGINT REFERENCES author (id),
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

-- Who started an article: writers may edit only their own drafts.
CREATE TABLE article_owner (
  article_id BIGINT NOT NULL PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
  user_id BIGINT NOT NULL REFERENCES newsroom_user (id)
);
CREATE INDEX article_owner_user ON article_owner (user_id);

-- Every save of an article, whole: what it looked like, who saved it and when.
CREATE TABLE article_revision (
  id ${id},
  article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  user_id BIGINT REFERENCES newsroom_user (id),
  user_name VARCHAR(120) NOT NULL,
  created_at BIGINT NOT NULL,
  action VARCHAR(40) NOT NULL,
  status VARCHAR(20) NOT NULL,
  section_id BIGINT NOT NULL,
  title VARCHAR(300) NOT NULL,
  slug VARCHAR(200) NOT NULL,
  lead VARCHAR(2000) NOT NULL,
  body_html TEXT NOT NULL,
  source VARCHAR(100) NOT NULL,
  editor_code VARCHAR(20) NOT NULL,
  lead_media_id BIGINT,
  read_also_id BIGINT,
  author_ids VARCHAR(500) NOT NULL,
  tags VARCHAR(2000) NOT NULL,
  related_ids VARCHAR(500) NOT NULL,
  UNIQUE (article_id, number)
);

-- Corrections ("Ralat") made after publication, shown on the article page.
CREATE TABLE article_correction (
  id ${id},
  article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
  note VARCHAR(2000) NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX article_correction_article ON article_correction (article_id, created_at);

CREATE TABLE audit_log (
  id ${id},
  at BIGINT NOT NULL,
  user_id BIGINT,
  user_name VARCHAR(120) NOT NULL,
  action VARCHAR(40) NOT NULL,
  target VARCHAR(200) NOT NULL,
  detail VARCHAR(2000) NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (at);

-- Static pages (halaman): Tentang Kami, Redaksi, Pedoman Media Siber, ... at /halaman/<slug>.
-- Every save is a revision, as for articles; version is the optimistic lock.
CREATE TABLE static_page (
  id ${id},
  slug VARCHAR(120) NOT NULL UNIQUE,
  title VARCHAR(300) NOT NULL,
  body_html TEXT NOT NULL,
  published BOOLEAN NOT NULL DEFAULT FALSE,
  position INTEGER NOT NULL DEFAULT 100,
  version INTEGER NOT NULL DEFAULT 1,
  updated_at BIGINT NOT NULL
);

CREATE TABLE static_page_revision (
  id ${id},
  page_id BIGINT NOT NULL REFERENCES static_page (id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  title VARCHAR(300) NOT NULL,
  body_html TEXT NOT NULL,
  published BOOLEAN NOT NULL,
  saved_by VARCHAR(120) NOT NULL,
  saved_at BIGINT NOT NULL,
  UNIQUE (page_id, version)
);

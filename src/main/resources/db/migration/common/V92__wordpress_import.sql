-- What an import from WordPress made of each item of an export, so a second run of the same
-- export updates what changed and imports nothing twice. source is the exported site's base URL.
-- fingerprint is a hash of what the export says about the item; target_version the version of
-- the article or page the import wrote (a newer one means the newsroom edited it since).
CREATE TABLE wordpress_item (
  source VARCHAR(300) NOT NULL,
  wp_id BIGINT NOT NULL,
  kind VARCHAR(20) NOT NULL,
  target_id BIGINT NOT NULL,
  target_version INTEGER NOT NULL,
  fingerprint VARCHAR(64) NOT NULL,
  imported_at BIGINT NOT NULL,
  PRIMARY KEY (source, wp_id)
);


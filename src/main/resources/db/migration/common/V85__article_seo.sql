-- SEO and social fields of an article; empty or null means "fall back to title, lead, lead photo".
ALTER TABLE article ADD COLUMN seo_title VARCHAR(300) NOT NULL DEFAULT '';
ALTER TABLE article ADD COLUMN meta_description VARCHAR(600) NOT NULL DEFAULT '';
ALTER TABLE article ADD COLUMN social_media_id BIGINT REFERENCES media (id) ON DELETE SET NULL;

-- Revisions keep the SEO and social fields too, so a comparison shows them and a restore brings
-- them back. NULL seo_title: the revision was recorded before these columns existed (a restore
-- of it keeps the article's current SEO fields rather than clearing them).
ALTER TABLE article_revision ADD COLUMN seo_title VARCHAR(300);
ALTER TABLE article_revision ADD COLUMN meta_description VARCHAR(600);
ALTER TABLE article_revision ADD COLUMN social_media_id BIGINT;

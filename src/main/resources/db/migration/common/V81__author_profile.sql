-- Author profiles edited in the newsroom: a portrait from the media library and links
-- (one address per line) next to the bio on the author's page.
ALTER TABLE author ADD COLUMN photo_media_id BIGINT REFERENCES media (id) ON DELETE SET NULL;
ALTER TABLE author ADD COLUMN links VARCHAR(2000) NOT NULL DEFAULT '';

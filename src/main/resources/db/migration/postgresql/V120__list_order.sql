-- Every public list reads one index range in its order (newest first, ties by id), never the
-- whole table: by section and by time from article's indexes; by tag and by author from the link
-- tables, whose rows carry their article's publication time while it is published (NULL
-- otherwise). Triggers keep that copy, so every writer (the article service, importers, bulk
-- generators, a restore) keeps it right. SQLite has the same in its own dialect.
ALTER TABLE article_tag ADD COLUMN published_at BIGINT;
ALTER TABLE article_author ADD COLUMN published_at BIGINT;
UPDATE article_tag t SET published_at = a.published_at
FROM article a WHERE a.id = t.article_id AND a.status = 'PUBLISHED';
UPDATE article_author aa SET published_at = a.published_at
FROM article a WHERE a.id = aa.article_id AND a.status = 'PUBLISHED';

DROP INDEX article_tag_tag;
CREATE INDEX article_tag_listed ON article_tag (tag_id, published_at, article_id);
DROP INDEX article_author_author;
CREATE INDEX article_author_listed ON article_author (author_id, published_at, article_id);
DROP INDEX article_status_published;
CREATE INDEX article_status_published ON article (status, published_at, id);
DROP INDEX article_section_published;
CREATE INDEX article_section_published ON article (section_id, status, published_at, id);

CREATE FUNCTION link_published_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.published_at :=
    (SELECT a.published_at FROM article a WHERE a.id = NEW.article_id AND a.status = 'PUBLISHED');
  RETURN NEW;
END
$$;

CREATE TRIGGER article_tag_published BEFORE INSERT ON article_tag
FOR EACH ROW EXECUTE FUNCTION link_published_at();
CREATE TRIGGER article_author_published BEFORE INSERT ON article_author
FOR EACH ROW EXECUTE FUNCTION link_published_at();

CREATE FUNCTION article_links_published() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE article_tag SET published_at = CASE WHEN NEW.status = 'PUBLISHED' THEN NEW.published_at END
  WHERE article_id = NEW.id;
  UPDATE article_author SET published_at = CASE WHEN NEW.status = 'PUBLISHED' THEN NEW.published_at END
  WHERE article_id = NEW.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER article_links_published AFTER UPDATE OF status, published_at ON article
FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.published_at IS DISTINCT FROM NEW.published_at)
EXECUTE FUNCTION article_links_published();

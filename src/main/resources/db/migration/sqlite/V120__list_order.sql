-- Every public list reads one index range in its order (newest first, ties by id), never the
-- whole table: by section and by time from article's indexes; by tag and by author from the link
-- tables, whose rows carry their article's publication time while it is published (NULL
-- otherwise). Triggers keep that copy, so every writer (the article service, importers, bulk
-- generators, a restore) keeps it right. PostgreSQL has the same in its own dialect.
ALTER TABLE article_tag ADD COLUMN published_at BIGINT;
ALTER TABLE article_author ADD COLUMN published_at BIGINT;
UPDATE article_tag SET published_at =
  (SELECT a.published_at FROM article a WHERE a.id = article_tag.article_id AND a.status = 'PUBLISHED');
UPDATE article_author SET published_at =
  (SELECT a.published_at FROM article a WHERE a.id = article_author.article_id AND a.status = 'PUBLISHED');

DROP INDEX article_tag_tag;
CREATE INDEX article_tag_listed ON article_tag (tag_id, published_at, article_id);
DROP INDEX article_author_author;
CREATE INDEX article_author_listed ON article_author (author_id, published_at, article_id);
DROP INDEX article_status_published;
CREATE INDEX article_status_published ON article (status, published_at, id);
DROP INDEX article_section_published;
CREATE INDEX article_section_published ON article (section_id, status, published_at, id);

CREATE TRIGGER article_tag_published AFTER INSERT ON article_tag
BEGIN
  UPDATE article_tag SET published_at =
    (SELECT a.published_at FROM article a WHERE a.id = NEW.article_id AND a.status = 'PUBLISHED')
  WHERE article_id = NEW.article_id AND tag_id = NEW.tag_id;
END;

CREATE TRIGGER article_author_published AFTER INSERT ON article_author
BEGIN
  UPDATE article_author SET published_at =
    (SELECT a.published_at FROM article a WHERE a.id = NEW.article_id AND a.status = 'PUBLISHED')
  WHERE article_id = NEW.article_id AND author_id = NEW.author_id;
END;

CREATE TRIGGER article_links_published AFTER UPDATE OF status, published_at ON article
WHEN OLD.status IS NOT NEW.status OR OLD.published_at IS NOT NEW.published_at
BEGIN
  UPDATE article_tag SET published_at = CASE WHEN NEW.status = 'PUBLISHED' THEN NEW.published_at END
  WHERE article_id = NEW.id;
  UPDATE article_author SET published_at = CASE WHEN NEW.status = 'PUBLISHED' THEN NEW.published_at END
  WHERE article_id = NEW.id;
END;

-- V120's list index (status, published_at, id) and V125's sitemap index (status, published_at,
-- updated_at) began alike, and every article write kept both. One index serves both: lists read it
-- in order, sitemaps count and date a month from it alone.
DROP INDEX article_published_updated;
DROP INDEX article_status_published;
CREATE INDEX article_published_updated ON article (status, published_at, id, updated_at);

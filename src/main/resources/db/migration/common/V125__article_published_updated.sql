-- Sitemaps count and date the published articles of each month by a range of this index alone
-- (their newest change included), without reading the article rows.
CREATE INDEX article_published_updated ON article (status, published_at, updated_at);

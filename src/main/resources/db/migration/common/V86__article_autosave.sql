-- What an editor typed but did not save yet, one copy per user and article (article_key 0 is the
-- new-article form). Written every 30 seconds while typing; deleted when the article is saved.
CREATE TABLE article_autosave (
  user_id BIGINT NOT NULL REFERENCES newsroom_user (id) ON DELETE CASCADE,
  article_key BIGINT NOT NULL,
  fields TEXT NOT NULL,
  saved_at BIGINT NOT NULL,
  PRIMARY KEY (user_id, article_key)
);

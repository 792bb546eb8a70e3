-- The review desk: who last submitted an article to the editors and when, and the note the editor
-- wrote when sending it back to its writer (shown to the writer on the article).
CREATE TABLE article_review (
  article_id BIGINT NOT NULL PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
  submitted_by BIGINT REFERENCES newsroom_user (id),
  submitted_name VARCHAR(120),
  submitted_at BIGINT,
  returned_name VARCHAR(120),
  returned_at BIGINT,
  return_note VARCHAR(2000)
);

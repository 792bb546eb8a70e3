-- Old addresses that answer 301 with a Warta address: the permalinks of a site imported from
-- WordPress (origin 'wordpress') and those the newsroom adds by hand (origin 'redaksi').
-- old_path is a path with its query, as a reader's browser asks for it: '/ekonomi/judul/', '/?p=42'.
CREATE TABLE redirect (
  old_path VARCHAR(500) NOT NULL PRIMARY KEY,
  target VARCHAR(500) NOT NULL,
  origin VARCHAR(20) NOT NULL,
  created_at BIGINT NOT NULL
);

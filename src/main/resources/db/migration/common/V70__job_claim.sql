-- Background jobs that must run once across nodes (a channel's refresh, an edition's processing)
-- are claimed here by a conditional UPDATE: the node named in claimed_by runs the job until
-- claimed_until (epoch millis); a node that dies mid-job leaves a claim that expires, and another
-- node takes it over. Plain UPDATEs, so it works the same on SQLite and PostgreSQL.
CREATE TABLE job_claim (
  job VARCHAR(200) NOT NULL PRIMARY KEY,
  claimed_by VARCHAR(200),
  claimed_until BIGINT
);

-- Finished backups (scheduled or by the `backup` command), so the newsroom shows the last good
-- one whichever node made it. A row is written once the backup is complete (or failed): a backup
-- never contains its own row.
CREATE TABLE backup_run (
  id ${id},
  started_at BIGINT NOT NULL,
  finished_at BIGINT NOT NULL,
  node VARCHAR(200) NOT NULL,
  location VARCHAR(1000) NOT NULL,
  succeeded BOOLEAN NOT NULL,
  files INTEGER NOT NULL DEFAULT 0,
  bytes BIGINT NOT NULL DEFAULT 0,
  message VARCHAR(2000)
);
CREATE INDEX backup_run_finished ON backup_run (finished_at);

-- Newsroom sessions in the database (Spring Session JDBC, table name newsroom_session), so any
-- node serves any request and a password change can end an account's other sessions. The
-- columns are Spring Session's own schema; written here so one migration serves both databases
-- (BYTEA has no meaning to SQLite, which stores the bytes as a BLOB; PostgreSQL needs it).

CREATE TABLE newsroom_session (
  primary_id CHAR(36) NOT NULL PRIMARY KEY,
  session_id CHAR(36) NOT NULL,
  creation_time BIGINT NOT NULL,
  last_access_time BIGINT NOT NULL,
  max_inactive_interval INTEGER NOT NULL,
  expiry_time BIGINT NOT NULL,
  principal_name VARCHAR(100)
);
CREATE UNIQUE INDEX newsroom_session_ix1 ON newsroom_session (session_id);
CREATE INDEX newsroom_session_ix2 ON newsroom_session (expiry_time);
CREATE INDEX newsroom_session_ix3 ON newsroom_session (principal_name);

CREATE TABLE newsroom_session_attributes (
  session_primary_id CHAR(36) NOT NULL REFERENCES newsroom_session (primary_id) ON DELETE CASCADE,
  attribute_name VARCHAR(200) NOT NULL,
  attribute_bytes BYTEA NOT NULL,
  PRIMARY KEY (session_primary_id, attribute_name)
);

-- Failed logins, counted per account and address pair ('pair'), per account ('account') and per
-- client address ('address'); see newsroom.LoginThrottle. Shared by all nodes.
CREATE TABLE login_failure (
  scope VARCHAR(10) NOT NULL,
  subject VARCHAR(300) NOT NULL,
  failures INTEGER NOT NULL,
  last_failed_at BIGINT NOT NULL,
  PRIMARY KEY (scope, subject)
);
CREATE INDEX login_failure_last ON login_failure (last_failed_at);

-- Addresses an account has signed in from: a correct password from one of them is never held
-- back by failures others caused (a shared office address).
CREATE TABLE login_known_address (
  username VARCHAR(60) NOT NULL,
  address VARCHAR(64) NOT NULL,
  last_success_at BIGINT NOT NULL,
  PRIMARY KEY (username, address)
);

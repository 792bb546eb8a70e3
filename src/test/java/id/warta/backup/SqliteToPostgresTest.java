package id.warta.backup;

import id.warta.PostgresAvailable;
import id.warta.WartaTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** Moving from the embedded default to production: a SQLite backup restored into PostgreSQL. */
@WartaTest
@ExtendWith(PostgresAvailable.class)
class SqliteToPostgresTest extends BackupRoundTripContract {
  @Override
  Target newTarget() throws Exception {
    return Targets.postgres();
  }
}

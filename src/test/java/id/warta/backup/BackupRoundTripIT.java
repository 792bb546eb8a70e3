package id.warta.backup;

import id.warta.PostgresTest;

@PostgresTest
class BackupRoundTripIT extends BackupRoundTripContract {
  @Override
  Target newTarget() throws Exception {
    return Targets.postgres();
  }
}

package id.warta.backup;

import id.warta.WartaTest;

@WartaTest
class BackupRoundTripTest extends BackupRoundTripContract {
  @Override
  Target newTarget() throws Exception {
    return Targets.sqlite();
  }
}

package id.warta.newsroom;

import id.warta.PostgresTest;

/** The same on PostgreSQL. */
@PostgresTest
class ConcurrentWritersIT extends ConcurrentWritersContract {}

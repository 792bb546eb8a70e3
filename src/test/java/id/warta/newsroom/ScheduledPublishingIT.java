package id.warta.newsroom;

import id.warta.PostgresTest;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The same on PostgreSQL. */
@PostgresTest
@RecordApplicationEvents
class ScheduledPublishingIT extends ScheduledPublishingContract {}

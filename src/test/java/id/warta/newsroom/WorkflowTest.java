package id.warta.newsroom;

import id.warta.WartaTest;
import org.springframework.test.context.event.RecordApplicationEvents;

@WartaTest
@RecordApplicationEvents
class WorkflowTest extends WorkflowContract {}

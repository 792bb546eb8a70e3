package id.warta.channel;

import id.warta.PostgresTest;
import org.springframework.transaction.annotation.Transactional;

@PostgresTest
@Transactional
class ChannelRepositoryIT extends ChannelRepositoryContract {}

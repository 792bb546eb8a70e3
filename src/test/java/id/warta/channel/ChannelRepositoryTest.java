package id.warta.channel;

import id.warta.WartaTest;
import org.springframework.transaction.annotation.Transactional;

@WartaTest
@Transactional
class ChannelRepositoryTest extends ChannelRepositoryContract {}

package id.warta.newsroom;

import id.warta.WartaTest;

@WartaTest
class MediaUploadTest extends MediaUploadContract {}

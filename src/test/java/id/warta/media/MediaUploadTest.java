package id.warta.media;

import id.warta.WartaTest;

@WartaTest
class MediaUploadTest extends MediaUploadContract {}

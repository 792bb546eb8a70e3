package id.warta.media;

import id.warta.PostgresTest;

/** The same on PostgreSQL. */
@PostgresTest
class MediaUploadIT extends MediaUploadContract {}

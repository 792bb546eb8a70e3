/**
 * Migration from WordPress: reads a WXR 1.2 export as a stream (StAX, memory bounded whatever the
 * export's size) and writes its posts as articles, its pages as static pages, its images from the
 * site's {@code wp-content/uploads} into the media library and its old addresses into the redirect
 * table. A second run of the same export imports nothing twice and updates what changed. The
 * command {@code import-wordpress} and the admins' screen /redaksi/wordpress.
 *
 * <p>Owns table {@code wordpress_item}. Depends on article, section, author, media, page, redirect
 * and platform. Its only calls into article are in {@link id.warta.wordpress.ArticleWrites}.
 */
package id.warta.wordpress;

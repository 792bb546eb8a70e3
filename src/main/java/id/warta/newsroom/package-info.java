/**
 * The newsroom (redaksi): people and process behind the login at /redaksi. Accounts and roles,
 * the editorial workflow and its scheduling, revisions, corrections, home page curation, the
 * media screens, the e-paper upload screen and the audit log.
 *
 * <p>Owns tables {@code newsroom_user}, {@code article_owner}, {@code article_revision},
 * {@code article_review}, {@code audit_log}, {@code login_failure}, {@code login_known_address}, and the session tables
 * {@code newsroom_session}/{@code newsroom_session_attributes} that Spring Session writes. Depends
 * on article, section, author, media, epaper and platform.
 */
package id.warta.newsroom;

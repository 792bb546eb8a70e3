/**
 * The newsroom (redaksi): people and process behind the login at /redaksi. Accounts and roles,
 * login and its security chain, the editorial workflow and its scheduling, revisions, corrections,
 * home page curation and the audit screen. The admin screens of channels, sections, the e-paper and
 * media live in those features; what every newsroom screen shares (signed-in account, roles, frame,
 * error pages, audit log) is {@code platform.desk}.
 *
 * <p>Owns tables {@code newsroom_user}, {@code article_owner}, {@code article_revision}, {@code
 * article_review}, {@code login_failure}, {@code login_known_address}, and the session tables
 * {@code newsroom_session}/{@code newsroom_session_attributes} that Spring Session writes. Depends
 * on article, section, author, media and platform; nothing depends on it.
 */
package id.warta.newsroom;

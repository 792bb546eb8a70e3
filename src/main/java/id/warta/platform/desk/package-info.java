/**
 * The shell that every newsroom screen shares, whichever feature's data it changes (articles in
 * newsroom; channels, sections, e-paper and media in their own packages): the signed-in account
 * ({@link id.warta.platform.desk.NewsroomPrincipal}, its {@link id.warta.platform.desk.Role} and
 * {@link id.warta.platform.desk.Actor}), the layout's {@link id.warta.platform.desk.NewsroomFrame}
 * and error pages for controllers marked {@link id.warta.platform.desk.NewsroomScreen}, and the
 * {@link id.warta.platform.desk.AuditLog} every admin change writes in its transaction.
 *
 * <p>Owns table {@code audit_log}. Depends on platform only, so every feature may use it; the
 * accounts themselves, login and the roles' rules per path stay in newsroom.
 */
package id.warta.platform.desk;

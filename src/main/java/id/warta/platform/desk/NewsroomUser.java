package id.warta.platform.desk;

import java.io.Serializable;

/**
 * A newsroom account.
 *
 * @param authorId the byline this person writes under, or null
 */
public record NewsroomUser(
    long id, String username, String displayName, Role role, boolean enabled, Long authorId)
    // kept in the signed-in session, which Spring Session serializes into the database
    implements Serializable {}

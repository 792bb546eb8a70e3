package id.warta.wire;

/**
 * A wire item became a draft, in the transaction that created it: the newsroom records who took it
 * (the draft is theirs to edit) in the same transaction.
 *
 * @param username the newsroom account that took it
 */
public record WireDraftCreated(long articleId, String username, String agency) {}

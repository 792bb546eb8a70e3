package id.warta.site;

import java.util.List;

/**
 * What an author's page shows above their articles besides the name and bio.
 *
 * @param photoUrl the portrait's address, or null
 * @param links the author's own addresses
 */
public record AuthorCard(String photoUrl, String photoAlt, List<String> links) {}

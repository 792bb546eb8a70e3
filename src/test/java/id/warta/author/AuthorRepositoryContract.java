package id.warta.author;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.Race;
import id.warta.article.TestContent;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Authors found or created by importers: the database decides, so a byline never becomes two
 * authors. Runs on SQLite ({@code AuthorRepositoryTest}) and PostgreSQL ({@code
 * AuthorRepositoryIT}); not transactional, the racing writers commit on their own threads.
 */
abstract class AuthorRepositoryContract {
  @Autowired AuthorRepository authors;
  @Autowired JdbcClient jdbc;

  @Test
  void twoImportersNamingTheSameNewAuthorAtOnceGetOneAuthor() throws Exception {
    for (int round = 0; round < Race.ROUNDS; round++) {
      String name = TestContent.unique("Nur Aivanni");

      List<Author> both = Race.twice(() -> authors.findOrCreate(name));

      assertThat(both.get(1).id()).as(name).isEqualTo(both.get(0).id());
      assertThat(authorsNamed(name)).as(name).containsExactly(both.get(0).slug());
    }
  }

  @Test
  void aBylineWhoseSlugIsAnAuthorsIsThatAuthor() {
    Author existing = authors.create(TestContent.unique("Nur Aivanni"), "Wartawan.");

    Author found = authors.findOrCreate(existing.name().toUpperCase());

    assertThat(found).isEqualTo(existing);
  }

  @Test
  void twoPeopleOfTheSameNameCreatedByAnAdminKeepTwoAddresses() {
    String name = TestContent.unique("Budi Santoso");

    Author first = authors.create(name, "");
    Author second = authors.create(name, "");

    assertThat(second.id()).isNotEqualTo(first.id());
    assertThat(second.slug()).isEqualTo(first.slug() + "-2");
    assertThat(authors.findOrCreate(name)).isEqualTo(first);
  }

  @Test
  void aProfileIsCreatedUnderAFreeAddressOnlyAndRewrittenWhole() {
    String slug = "profil-" + System.nanoTime();
    String name = TestContent.unique("Sari Wulandari");

    AuthorProfile created =
        authors
            .insertProfile(slug, name, "Wartawan ekonomi.", null, "https://sari.example/")
            .orElseThrow();
    assertThat(authors.findProfileBySlug(slug)).contains(created);
    assertThat(created.linkList()).containsExactly("https://sari.example/");
    // The database decides between two people wanting one address: the second gets nothing.
    assertThat(authors.insertProfile(slug, "Orang Lain", "", null, "")).isEmpty();
    assertThat(authors.slugTaken(slug, null)).isTrue();
    assertThat(authors.slugTaken(slug, created.id())).as("its own address").isFalse();

    AuthorProfile renamed =
        authors
            .updateProfile(created.id(), slug + "-baru", name + " Putri", "Bio baru.", null, "")
            .orElseThrow();
    assertThat(renamed)
        .isEqualTo(
            new AuthorProfile(
                created.id(), slug + "-baru", name + " Putri", "Bio baru.", null, ""));
    assertThat(authors.findProfile(created.id())).contains(renamed);
    assertThat(authors.findProfileBySlug(slug)).isEmpty();
    assertThat(authors.updateProfile(Long.MAX_VALUE, slug + "-x", "Siapa", "", null, "")).isEmpty();
  }

  private List<String> authorsNamed(String name) {
    return jdbc.sql("SELECT slug FROM author WHERE name = :name")
        .param("name", name)
        .query(String.class)
        .list();
  }
}

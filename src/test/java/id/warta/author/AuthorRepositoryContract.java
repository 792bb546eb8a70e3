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

  private List<String> authorsNamed(String name) {
    return jdbc.sql("SELECT slug FROM author WHERE name = :name")
        .param("name", name)
        .query(String.class)
        .list();
  }
}

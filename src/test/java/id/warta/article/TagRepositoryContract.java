package id.warta.article;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.Race;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tags are found or created by the database, not by a look-then-insert; runs on SQLite ({@code
 * TagRepositoryTest}) and PostgreSQL ({@code TagRepositoryIT}). Not transactional: the racing
 * writers commit on their own threads.
 */
abstract class TagRepositoryContract {
  @Autowired TagRepository tags;
  @Autowired JdbcClient jdbc;

  @Test
  void twoWritersTaggingWithTheSameNewNameAtOnceGetOneTag() throws Exception {
    for (int round = 0; round < Race.ROUNDS; round++) {
      String name = TestContent.unique("Topik Baru");

      List<Tag> both = Race.twice(() -> tags.findOrCreate(name));

      assertThat(both.get(1).id()).as(name).isEqualTo(both.get(0).id());
      assertThat(both.get(0).name()).isEqualTo(name);
      assertThat(tagsWithSlug(both.get(0).slug())).as(name).isEqualTo(1);
    }
  }

  @Test
  void suggestsExistingTagsByWhatIsTypedWhateverTheSpelling() {
    String name = TestContent.unique("Harga Cabai Rawit");
    Tag tag = tags.findOrCreate(name);
    tags.findOrCreate(TestContent.unique("Cabai Merah"));

    // Another spelling of the same words finds the tag as it is written.
    String typed = name.toLowerCase().replace(" ", "  ");
    assertThat(tags.suggest(typed, 10)).startsWith(tag);
    assertThat(tags.suggest("harga cabai", 10)).contains(tag);
    assertThat(tags.suggest("  ", 10)).isEmpty();
    assertThat(tags.suggest("%", 10)).isEmpty();
  }

  @Test
  void anotherSpellingOfTheSameSlugIsTheSameTag() {
    String name = TestContent.unique("Covid-19 Varian");
    Tag first = tags.findOrCreate(name);

    Tag again = tags.findOrCreate("  " + name.toLowerCase().replace("-", " ") + " ");

    assertThat(again).isEqualTo(first);
  }

  private long tagsWithSlug(String slug) {
    return jdbc.sql("SELECT COUNT(*) FROM tag WHERE slug = :slug")
        .param("slug", slug)
        .query(Long.class)
        .single();
  }
}

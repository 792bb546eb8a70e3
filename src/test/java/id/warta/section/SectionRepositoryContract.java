package id.warta.section;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.Race;
import id.warta.article.TestContent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renaming and reordering sections, as the admin screen does them; runs on SQLite ({@code
 * SectionRepositoryTest}) and PostgreSQL ({@code SectionRepositoryIT}).
 */
abstract class SectionRepositoryContract {
  @Autowired ApplicationContext context;
  @Autowired SectionRepository sections;
  @Autowired JdbcClient jdbc;

  @Test
  void renameChangesNameAndDescriptionButNotTheAddress() {
    Section s = TestContent.of(context).section("Kanal Lama");

    sections.rename(s.id(), "Kanal Kini", "Keterangan baru");

    Section read = sections.findById(s.id()).orElseThrow();
    assertThat(read.name()).isEqualTo("Kanal Kini");
    assertThat(read.description()).isEqualTo("Keterangan baru");
    assertThat(read.slug()).isEqualTo(s.slug());
  }

  @Test
  void reorderNumbersTheSectionsInTheGivenOrder() {
    var content = TestContent.of(context);
    content.section("Kanal A");
    content.section("Kanal B");
    List<Long> ids = new ArrayList<>(sections.findAll().stream().map(Section::id).toList());
    Long last = ids.removeLast();
    ids.addFirst(last);

    sections.reorder(ids);

    assertThat(sections.findAll().stream().map(Section::id).toList()).isEqualTo(ids);
    assertThat(sections.findAll().stream().map(Section::position).toList())
        .isEqualTo(java.util.stream.IntStream.range(0, ids.size()).boxed().toList());
  }

  @Test
  @Transactional(propagation = Propagation.NOT_SUPPORTED) // the racers commit on their threads
  void twoImportersNamingTheSameNewSectionAtOnceGetOneSection() throws Exception {
    for (int round = 0; round < Race.ROUNDS; round++) {
      String name = TestContent.unique("Kanal Impor");

      List<Section> both = Race.twice(() -> sections.findOrCreate(name));

      assertThat(both.get(1).id()).as(name).isEqualTo(both.get(0).id());
      assertThat(
              jdbc.sql("SELECT COUNT(*) FROM section WHERE name = :name")
                  .param("name", name)
                  .query(Long.class)
                  .single())
          .as(name)
          .isEqualTo(1);
    }
  }

  @Test
  void findOrCreateFindsTheSectionInAnyCaseAndPutsANewOneLast() {
    Section existing = TestContent.of(context).section("Kanal Ada");
    assertThat(sections.findOrCreate(existing.name().toUpperCase())).isEqualTo(existing);

    Section created = sections.findOrCreate(TestContent.unique("Kanal Baru"));

    int last = jdbc.sql("SELECT MAX(position) FROM section").query(Integer.class).single();
    assertThat(created.position()).isEqualTo(last);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM section WHERE position = :p")
                .param("p", last)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(sections.findBySlug(created.slug())).contains(created);
  }

  @Test
  void createLastRefusesATakenSlugAndChangesNothing() {
    Section existing = TestContent.of(context).section("Kanal Tetap");

    assertThat(sections.createLast(existing.slug(), "Kanal Lain", "")).isEmpty();

    assertThat(sections.findBySlug(existing.slug())).contains(existing);
  }
}

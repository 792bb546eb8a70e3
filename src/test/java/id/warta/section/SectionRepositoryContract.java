package id.warta.section;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.article.TestContent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Renaming and reordering sections, as the admin screen does them; runs on SQLite
 * ({@code SectionRepositoryTest}) and PostgreSQL ({@code SectionRepositoryIT}).
 */
abstract class SectionRepositoryContract {
  @Autowired ApplicationContext context;
  @Autowired SectionRepository sections;

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
}

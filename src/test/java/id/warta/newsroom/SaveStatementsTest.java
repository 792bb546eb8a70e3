package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.StatementCounter;
import id.warta.WartaTest;
import id.warta.article.ArticleDraft;
import id.warta.article.ArticleStatus;
import id.warta.article.TestContent;
import id.warta.author.Author;
import id.warta.platform.desk.Actor;
import id.warta.platform.desk.Role;
import id.warta.section.Section;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * Pins how many SQL statements one save of the editor form costs: "Terbitkan" on an existing draft,
 * and a new article written and published in one go. A change that adds statements to the save path
 * shows here first.
 */
@WartaTest
@Import(StatementCounter.Config.class)
class SaveStatementsTest {
  @Autowired ApplicationContext context;
  @Autowired Workflow workflow;

  Section section;
  Author author;
  Actor editor;

  @BeforeEach
  void setUp() {
    var content = TestContent.of(context);
    section = content.section("Kanal Hitung");
    author = content.author("Penulis Hitung");
    editor = Actor.of(Staff.of(context).create(Role.EDITOR));
  }

  private ArticleDraft draft(String title) {
    return new ArticleDraft(
        section.id(),
        TestContent.unique(title),
        null,
        "Ringkasan",
        "<p>Isi.</p>",
        "Antara",
        "OL-1",
        null,
        null,
        ArticleStatus.DRAFT,
        null,
        null,
        List.of(author.id()),
        List.of("Uji", "Hitung"),
        List.of());
  }

  @Test
  void publishingADraftIsOneReadAndFewWrites() {
    long id = workflow.create(editor, draft("Draf Hitung"), Action.SIMPAN);
    workflow.save(editor, id, 0, draft("Draf Hitung"), Action.SIMPAN, null);
    var counted =
        StatementCounter.count(
            () -> workflow.save(editor, id, 1, draft("Draf Hitung"), Action.TERBITKAN, null));
    System.out.println(
        "Terbitkan: "
            + counted.count()
            + " statements\n  "
            + String.join("\n  ", counted.statements()));
    assertThat(counted.count()).isEqualTo(PUBLISH);
  }

  @Test
  void writingAndPublishingInOneGoInsertsOnce() {
    var counted =
        StatementCounter.count(
            () -> workflow.create(editor, draft("Baru Hitung"), Action.TERBITKAN));
    System.out.println(
        "Create-and-publish: "
            + counted.count()
            + " statements\n  "
            + String.join("\n  ", counted.statements()));
    assertThat(counted.count()).isEqualTo(CREATE_AND_PUBLISH);
  }

  // Counted on the saving thread: BEGIN, the save's statements, and the 4 reads the search
  // index's after-commit listener makes. Before the one-save-path work: 34 and 54.
  static final int PUBLISH = 19;
  static final int CREATE_AND_PUBLISH = 18;
}

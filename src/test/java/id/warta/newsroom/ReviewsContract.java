package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.article.TestContent;
import id.warta.platform.desk.Actor;
import id.warta.platform.desk.Role;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The review desk's record of an article (Reviews): who submitted it and when, who sent it back
 * with which note. Runs on SQLite ({@code ReviewsTest}) and PostgreSQL ({@code ReviewsIT}).
 */
abstract class ReviewsContract {
  @Autowired Reviews reviews;
  @Autowired ApplicationContext context;

  private long article() {
    var content = TestContent.of(context);
    return content
        .article(content.section("Kanal Tinjauan"), content.author("Penulis Tinjauan"))
        .title(TestContent.unique("Berita Tinjauan"))
        .create();
  }

  private Actor actor(Role role) {
    return Actor.of(Staff.of(context).create(role));
  }

  @Test
  void submittingReturningAndSubmittingAgainKeepsWhoAndWhenAndTheNote() {
    long id = article();
    Actor writer = actor(Role.WRITER);
    Actor editor = actor(Role.EDITOR);
    Instant first = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    assertThat(reviews.find(id)).isEmpty();

    reviews.submitted(id, writer, first);
    var submitted = reviews.find(id).orElseThrow();
    assertThat(submitted.submittedBy()).isEqualTo(writer.name());
    assertThat(submitted.submittedAt()).isEqualTo(first);
    assertThat(submitted.returnNote()).isNull();

    reviews.returned(id, editor, first.plusSeconds(60), "Tambahkan sumber kedua.");
    var returned = reviews.find(id).orElseThrow();
    assertThat(returned.submittedAt()).as("out of the queue").isNull();
    assertThat(returned.submittedBy()).isEqualTo(writer.name());
    assertThat(returned.returnedBy()).isEqualTo(editor.name());
    assertThat(returned.returnedAt()).isEqualTo(first.plusSeconds(60));
    assertThat(returned.returnNote()).isEqualTo("Tambahkan sumber kedua.");

    reviews.submitted(id, writer, first.plusSeconds(120));
    var again = reviews.find(id).orElseThrow();
    assertThat(again.submittedAt()).isEqualTo(first.plusSeconds(120));
    assertThat(again.returnNote())
        .as("the writer still sees the last note")
        .isEqualTo("Tambahkan sumber kedua.");

    reviews.leftQueue(id);
    assertThat(reviews.find(id).orElseThrow().submittedAt()).isNull();
  }

  @Test
  void aReturnWithoutASubmissionIsRecordedAndManyArticlesAreReadAtOnce() {
    long a = article();
    long b = article();
    long never = article();
    Actor editor = actor(Role.EDITOR);
    Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    reviews.returned(a, editor, at, "Judul terlalu panjang.");
    reviews.submitted(b, actor(Role.WRITER), at);

    var found = reviews.findAll(List.of(a, b, never));
    assertThat(found.keySet()).containsExactlyInAnyOrder(a, b);
    assertThat(found.get(a).submittedBy()).isNull();
    assertThat(found.get(a).returnNote()).isEqualTo("Judul terlalu panjang.");
    assertThat(found.get(b).submittedAt()).isEqualTo(at);
    assertThat(reviews.findAll(List.of())).isEmpty();
  }
}

package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.platform.desk.Role;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The server's autosave copies; runs on SQLite (AutosavesTest) and PostgreSQL (AutosavesIT). */
abstract class AutosavesContract {
  @Autowired ApplicationContext context;
  @Autowired Autosaves autosaves;

  @Test
  void keepsOneCopyPerUserAndArticleReplacedByTheNextAndDiscardedOnSave() {
    var staff = Staff.of(context);
    long writer = staff.create(Role.WRITER).id();
    long other = staff.create(Role.WRITER).id();
    Instant t1 = Instant.parse("2026-12-02T05:00:00.123Z");
    Instant t2 = t1.plusSeconds(30);

    autosaves.keep(writer, 42, "{\"judul\":\"Pertama\"}", t1);
    autosaves.keep(writer, 42, "{\"judul\":\"Kedua\"}", t2);
    autosaves.keep(writer, Autosaves.NEW_ARTICLE, "{\"judul\":\"Baru\"}", t1);
    autosaves.keep(other, 42, "{\"judul\":\"Orang lain\"}", t1);

    assertThat(autosaves.find(writer, 42))
        .contains(new Autosaves.Autosave("{\"judul\":\"Kedua\"}", t2));
    assertThat(autosaves.find(other, 42).orElseThrow().fields()).contains("Orang lain");
    assertThat(autosaves.find(writer, Autosaves.NEW_ARTICLE).orElseThrow().fields())
        .contains("Baru");

    autosaves.discard(writer, 42);
    assertThat(autosaves.find(writer, 42)).isEmpty();
    assertThat(autosaves.find(writer, Autosaves.NEW_ARTICLE)).isPresent();
    assertThat(autosaves.find(other, 42)).isPresent();
  }
}

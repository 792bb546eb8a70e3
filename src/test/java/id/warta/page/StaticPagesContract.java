package id.warta.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.article.TestContent;
import id.warta.platform.Slugs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Static pages and their revisions on SQLite ({@code StaticPagesTest}) and PostgreSQL ({@code
 * StaticPagesIT}).
 */
abstract class StaticPagesContract {
  @Autowired StaticPages pages;

  @Test
  void theFivePagesOfANewsSiteArePublishedFromTheStart() {
    assertThat(pages.published())
        .extracting(StaticPage::slug)
        .contains("tentang-kami", "redaksi", "pedoman-media-siber", "kontak", "kebijakan-privasi");
    assertThat(pages.findBySlug("pedoman-media-siber").orElseThrow().bodyHtml())
        .contains("Dewan Pers");
  }

  @Test
  void everySaveIsARevisionAndAnEarlierOneCanBeRestored() {
    String title = TestContent.unique("Lowongan Kerja");
    StaticPage made =
        pages.create(
            new PageDraft(title, "", "<p>Pertama</p><script>alert(1)</script>", true), "ani");
    assertThat(made.slug()).isEqualTo(Slugs.of(title));
    assertThat(made.bodyHtml()).isEqualTo("<p>Pertama</p>");

    StaticPage second =
        pages.update(
            made.id(),
            made.version(),
            new PageDraft(title, made.slug(), "<p>Kedua</p>", true),
            "budi");
    assertThat(second.version()).isEqualTo(made.version() + 1);
    assertThatThrownBy(
            () ->
                pages.update(
                    made.id(),
                    made.version(),
                    new PageDraft(title, made.slug(), "<p>Lama</p>", true),
                    "cici"))
        .isInstanceOf(StalePageException.class);

    StaticPage restored = pages.restore(made.id(), made.version(), second.version(), "ani");
    assertThat(restored.bodyHtml()).isEqualTo("<p>Pertama</p>");
    assertThat(pages.revisions(made.id()))
        .extracting(PageRevision::version, PageRevision::savedBy)
        .startsWith(
            org.assertj.core.groups.Tuple.tuple(restored.version(), "ani"),
            org.assertj.core.groups.Tuple.tuple(second.version(), "budi"));
  }

  @Test
  void anAddressBelongsToOnePage() {
    String title = TestContent.unique("Karier");
    pages.create(new PageDraft(title, "", "<p>a</p>", false), "ani");
    assertThatThrownBy(() -> pages.create(new PageDraft(title, "", "<p>b</p>", false), "ani"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sudah dipakai");
  }
}

package id.warta.newsroom;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.warta.author.Author;
import id.warta.platform.desk.NewsroomUser;
import id.warta.section.Section;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Editor form posts as a browser sends them. */
final class Desk {
  private Desk() {}

  static MockHttpServletRequestBuilder newArticle(
      NewsroomUser user, Section section, Author author, String title, String body, String action) {
    return post("/redaksi/artikel/baru")
        .with(Staff.as(user))
        .with(csrf())
        .param("judul", title)
        .param("kanal", String.valueOf(section.id()))
        .param("penulis", String.valueOf(author.id()))
        .param("ringkasan", "Ringkasan " + title)
        .param("isi", body)
        .param("sumber", "Antara")
        .param("kodeEditor", "OL-1")
        .param("tag", "Uji, Redaksi")
        .param("aksi", action);
  }

  static MockHttpServletRequestBuilder save(
      NewsroomUser user,
      long id,
      int version,
      Section section,
      Author author,
      String title,
      String body,
      String action) {
    return post("/redaksi/artikel/" + id)
        .with(Staff.as(user))
        .with(csrf())
        .param("versi", String.valueOf(version))
        .param("judul", title)
        .param("kanal", String.valueOf(section.id()))
        .param("penulis", String.valueOf(author.id()))
        .param("ringkasan", "Ringkasan " + title)
        .param("isi", body)
        .param("sumber", "Antara")
        .param("kodeEditor", "OL-1")
        .param("tag", "Uji, Redaksi")
        .param("aksi", action);
  }

  static long idFrom(String redirect) {
    return Long.parseLong(redirect.substring(redirect.lastIndexOf('/') + 1));
  }
}

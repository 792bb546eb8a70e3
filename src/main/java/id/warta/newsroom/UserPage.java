package id.warta.newsroom;

import id.warta.author.Author;
import id.warta.platform.desk.NewsroomUser;
import id.warta.platform.desk.Role;
import java.util.List;

public record UserPage(NewsroomUser user, List<Author> authors) {
  public List<Role> roles() {
    return List.of(Role.values());
  }
}

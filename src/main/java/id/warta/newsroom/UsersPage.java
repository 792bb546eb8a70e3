package id.warta.newsroom;

import id.warta.author.Author;
import id.warta.platform.desk.NewsroomUser;
import id.warta.platform.desk.Role;
import java.util.List;

public record UsersPage(List<NewsroomUser> users, List<Author> authors, UserForm form) {
  public List<Role> roles() {
    return List.of(Role.values());
  }
}

package id.warta.backup;

import id.warta.platform.IndonesianDates;
import id.warta.platform.SiteProperties;
import id.warta.platform.desk.NewsroomScreen;
import java.time.Duration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Admins see at /redaksi/cadangan when the last good backup was made, and the recent ones. */
@Controller
@NewsroomScreen
class BackupController {
  private final Backups backups;
  private final IndonesianDates dates;

  BackupController(Backups backups, SiteProperties site) {
    this.backups = backups;
    this.dates = IndonesianDates.forZone(site.zone());
  }

  @GetMapping("/redaksi/cadangan")
  String list(Model model) {
    var recent = backups.recent(20).stream().map(this::row).toList();
    var lastGood = backups.lastGood().map(this::row).orElse(null);
    model.addAttribute("page", new BackupsPage(lastGood, recent, schedule(backups.properties())));
    return "backup/backups";
  }

  private BackupsPage.Row row(BackupRun run) {
    Duration took = Duration.between(run.startedAt(), run.finishedAt());
    return new BackupsPage.Row(
        dates.dateLine(run.finishedAt()),
        took.toSeconds() < 1 ? "<1 detik" : took.toSeconds() + " detik",
        run.node(),
        run.location(),
        run.succeeded(),
        run.files(),
        BackupsPage.size(run.bytes()),
        run.message());
  }

  private static String schedule(BackupProperties properties) {
    if (!properties.scheduled()) {
      return "Cadangan terjadwal tidak aktif (atur warta.backup.every dan warta.backup.dir);"
          + " cadangan dibuat dengan perintah backup.";
    }
    return "Cadangan dibuat tiap "
        + words(properties.every())
        + " ke "
        + properties.dir()
        + "; "
        + properties.keep()
        + " cadangan terakhir disimpan.";
  }

  private static String words(Duration every) {
    if (every.toDays() > 0 && every.equals(Duration.ofDays(every.toDays()))) {
      return every.toDays() + " hari";
    }
    if (every.toHours() > 0 && every.equals(Duration.ofHours(every.toHours()))) {
      return every.toHours() + " jam";
    }
    return every.toMinutes() + " menit";
  }
}

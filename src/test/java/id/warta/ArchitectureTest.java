package id.warta;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.warta.platform.ReservedPaths;
import id.warta.platform.desk.NewsroomScreen;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The module rules of STYLE.md, executable. Dependencies run one way: site and newsroom → features
 * → article → section/author/media → platform. Features hear about each other through the change
 * feed and events, so the content model never imports the features that follow it.
 */
class ArchitectureTest {
  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.warta");
  }

  @Test
  void noCyclesBetweenFeatures() {
    slices().matching("id.warta.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void platformNamesNoFeature() {
    noClasses()
        .that()
        .resideInAPackage("id.warta.platform..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("id.warta..").and(not(resideInAPackage("id.warta.platform.."))))
        .check(classes);
  }

  /** The root package only wires (the application and its commands); nothing depends on it. */
  @Test
  void theRootPackageOnlyWires() {
    noClasses()
        .that()
        .resideOutsideOfPackage("id.warta")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("id.warta")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("id.warta")
        .should()
        .beAnnotatedWith(Controller.class)
        .orShould()
        .beAnnotatedWith(RestController.class)
        .orShould()
        .beAnnotatedWith(Repository.class)
        .orShould()
        .beAnnotatedWith(Service.class)
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(JdbcClient.class)
        .check(classes);
  }

  /** Pages that combine features, the newsroom's process and the demo content are leaves. */
  @Test
  void nothingDependsOnSiteNewsroomOrDemo() {
    for (String leaf : List.of("site", "newsroom", "demo")) {
      noClasses()
          .that()
          .resideOutsideOfPackages("id.warta." + leaf + "..", "id.warta")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("id.warta." + leaf + "..")
          .check(classes);
    }
  }

  @Test
  void sectionAuthorAndMediaDependOnPlatformOnly() {
    for (String base : List.of("section", "author", "media")) {
      noClasses()
          .that()
          .resideInAPackage("id.warta." + base + "..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("id.warta..")
                  .and(not(resideInAnyPackage("id.warta." + base + "..", "id.warta.platform.."))))
          .check(classes);
    }
  }

  @Test
  void theContentModelDependsOnSectionAuthorMediaAndPlatformOnly() {
    noClasses()
        .that()
        .resideInAPackage("id.warta.article..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("id.warta..")
                .and(
                    not(
                        resideInAnyPackage(
                            "id.warta.article..",
                            "id.warta.section..",
                            "id.warta.author..",
                            "id.warta.media..",
                            "id.warta.platform.."))))
        .check(classes);
  }

  @Test
  void controllersArePackagePrivate() {
    classes()
        .that()
        .areAnnotatedWith(Controller.class)
        .or()
        .areAnnotatedWith(RestController.class)
        .should()
        .notBePublic()
        .check(classes);
  }

  /**
   * A page at a fixed first path segment ("/indeks") would be hidden by a section of that slug, or
   * the other way round: every such segment a controller maps must be in {@link ReservedPaths},
   * which section slugs and the page cache both read.
   */
  @Test
  void everyFirstPathSegmentAControllerMapsIsReserved() {
    var seen = new TreeSet<String>();
    var unreserved = new TreeSet<String>();
    for (JavaClass controller : classes) {
      if (!controller.isAnnotatedWith(Controller.class)
          && !controller.isAnnotatedWith(RestController.class)) {
        continue;
      }
      Class<?> type = controller.reflect();
      for (Method method : type.getDeclaredMethods()) {
        RequestMapping mapping =
            AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
        if (mapping == null) {
          continue;
        }
        for (String path : paths(type, mapping)) {
          String segment = path.replaceFirst("^/", "").replaceFirst("/.*", "");
          // Only a segment that could be a slug can collide ("/sitemap.xml" cannot).
          if (!segment.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            continue;
          }
          seen.add(segment);
          if (!ReservedPaths.isReserved(segment)) {
            unreserved.add(segment + " (" + type.getSimpleName() + "." + method.getName() + ")");
          }
        }
      }
    }
    assertThat(seen).as("the mappings were read").contains("indeks", "redaksi", "api");
    assertThat(unreserved).as("first path segments mapped but not in ReservedPaths").isEmpty();
  }

  /**
   * A screen under /redaksi without the marker would render without the newsroom's frame. The
   * site's preview, a reader page shown to staff, is the one page there in the site's frame.
   */
  @Test
  void everyNewsroomScreenIsMarked() {
    var unmarked = new TreeSet<String>();
    for (JavaClass controller : classes) {
      if (!controller.isAnnotatedWith(Controller.class)
          || controller.isAnnotatedWith(NewsroomScreen.class)
          || controller.getPackageName().equals("id.warta.site")) {
        continue;
      }
      Class<?> type = controller.reflect();
      for (Method method : type.getDeclaredMethods()) {
        RequestMapping mapping =
            AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
        if (mapping != null
            && paths(type, mapping).stream().anyMatch(p -> p.startsWith("/redaksi"))) {
          unmarked.add(type.getName());
        }
      }
    }
    assertThat(unmarked).as("controllers of /redaksi screens without @NewsroomScreen").isEmpty();
  }

  private static List<String> paths(Class<?> type, RequestMapping mapping) {
    RequestMapping base = AnnotatedElementUtils.findMergedAnnotation(type, RequestMapping.class);
    String[] prefixes = base == null || base.path().length == 0 ? new String[] {""} : base.path();
    String[] own = mapping.path().length == 0 ? new String[] {""} : mapping.path();
    List<String> all = new ArrayList<>();
    for (String prefix : prefixes) {
      for (String path : own) {
        all.add(prefix + path);
      }
    }
    return all;
  }
}

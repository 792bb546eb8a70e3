package id.warta;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies run one way (STYLE.md): site → features → article/section/author/media →
 * platform. Features hear about each other through events, so the content model never imports
 * the features that follow it.
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
  void platformNamesNoFeature() {
    noClasses().that().resideInAPackage("id.warta.platform..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "id.warta.article..", "id.warta.section..", "id.warta.author..", "id.warta.media..",
            "id.warta.site..", "id.warta.search..", "id.warta.feed..", "id.warta.api..",
            "id.warta.newsroom..", "id.warta.popular..", "id.warta.channel..", "id.warta.epaper..",
            "id.warta.liveblog..", "id.warta.demo..")
        .check(classes);
  }

  @Test
  void theContentModelKnowsNothingOfTheFeaturesThatFollowIt() {
    noClasses().that().resideInAnyPackage("id.warta.article..", "id.warta.section..", "id.warta.author..", "id.warta.media..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "id.warta.site..", "id.warta.search..", "id.warta.feed..", "id.warta.api..",
            "id.warta.newsroom..", "id.warta.popular..", "id.warta.channel..", "id.warta.epaper..",
            "id.warta.liveblog..", "id.warta.demo..")
        .check(classes);
  }

  @Test
  void featuresDoNotReachIntoTheSiteThatCombinesThem() {
    noClasses().that().resideInAnyPackage(
            "id.warta.search..", "id.warta.popular..", "id.warta.channel..", "id.warta.epaper..",
            "id.warta.feed..", "id.warta.api..", "id.warta.liveblog..")
        .should().dependOnClassesThat().resideInAnyPackage("id.warta.site..", "id.warta.newsroom..", "id.warta.demo..")
        .check(classes);
  }
}

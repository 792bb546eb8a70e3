package id.warta.search;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.article.ArticleSnapshot;
import id.warta.article.ArticleStatus;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Recall and precision of roots learned from the archive, measured on an archive built here: one
 * article per word below, the word in a sentence of its body. The figures are in docs/search.md.
 */
class LearnedRootsTest {
  /**
   * Roots that are not in the root-word list, written bare, then forms derived from them, each in
   * an article of its own: a query for any of them should find all of them.
   */
  static final List<List<String>> FAMILIES =
      List.of(
          List.of("evakuasi", "dievakuasi", "mengevakuasi"),
          List.of("konfirmasi", "dikonfirmasi", "mengonfirmasi", "terkonfirmasi"),
          List.of("verifikasi", "diverifikasi", "memverifikasi", "terverifikasi"),
          List.of("relokasi", "direlokasi", "merelokasi"),
          List.of("vaksin", "divaksin", "memvaksin"),
          List.of("klarifikasi", "diklarifikasi", "mengklarifikasi"),
          List.of("kolaborasi", "berkolaborasi"),
          List.of("variasi", "bervariasi"),
          List.of("investigasi", "diinvestigasi", "menginvestigasi"),
          List.of("rehabilitasi", "direhabilitasi", "merehabilitasi"),
          List.of("renovasi", "direnovasi", "merenovasi"),
          List.of("identifikasi", "diidentifikasi", "mengidentifikasi", "teridentifikasi"),
          List.of("interogasi", "diinterogasi", "menginterogasi"),
          List.of("karantina", "dikarantina"),
          List.of("isolasi", "diisolasi", "terisolasi", "mengisolasi"),
          List.of("antisipasi", "diantisipasi", "mengantisipasi"),
          List.of("modifikasi", "dimodifikasi", "memodifikasi"),
          List.of("publikasi", "dipublikasikan", "mempublikasikan"),
          List.of("negosiasi", "bernegosiasi"),
          List.of("komunikasi", "berkomunikasi", "dikomunikasikan"),
          List.of("sterilisasi", "disterilisasi"),
          List.of("privatisasi", "diprivatisasi"),
          List.of("realisasi", "direalisasikan", "terealisasi"),
          List.of("implementasi", "diimplementasikan", "mengimplementasikan"),
          List.of("eksekusi", "dieksekusi", "mengeksekusi"),
          List.of("amputasi", "diamputasi"),
          List.of("demonstrasi", "berdemonstrasi"),
          List.of("diskusi", "berdiskusi", "mendiskusikan"),
          List.of("sabotase", "disabotase"),
          List.of("blokade", "diblokade", "memblokade"),
          List.of("blokir", "diblokir", "memblokir"),
          List.of("sponsor", "disponsori", "mensponsori"),
          List.of("subsidi", "disubsidi", "mensubsidi"),
          List.of("alokasi", "dialokasikan", "mengalokasikan"),
          List.of("akuisisi", "diakuisisi", "mengakuisisi"),
          List.of("likuidasi", "dilikuidasi"),
          List.of("kompensasi", "dikompensasi"),
          List.of("deportasi", "dideportasi", "mendeportasi"),
          List.of("ekstradisi", "diekstradisi"),
          List.of("mediasi", "dimediasi", "memediasi"),
          List.of("intervensi", "diintervensi", "mengintervensi"),
          List.of("rekrut", "direkrut", "merekrut"),
          List.of("razia", "dirazia", "merazia"),
          List.of("rampok", "dirampok", "merampok", "perampokan"),
          List.of("tilang", "ditilang", "menilang"),
          List.of("geledah", "digeledah", "menggeledah", "penggeledahan"),
          List.of("vonis", "divonis", "memvonis"),
          List.of("cekal", "dicekal", "mencekal"),
          List.of("timbun", "tertimbun", "ditimbun", "penimbunan"),
          List.of("terjang", "diterjang", "menerjang"),
          List.of("telusur", "ditelusuri", "menelusuri", "penelusuran"),
          List.of("culik", "diculik", "menculik", "penculikan"),
          List.of("peras", "diperas", "memeras", "pemerasan"),
          List.of("mutasi", "dimutasi"),
          List.of("donasi", "berdonasi", "didonasikan"),
          List.of("imunisasi", "diimunisasi"),
          List.of("tenggelam", "ditenggelamkan", "menenggelamkan"),
          List.of("lelang", "dilelang", "melelang", "pelelangan"),
          List.of("rotasi", "dirotasi"),
          List.of("konsolidasi", "dikonsolidasikan"),
          List.of("optimal", "dioptimalkan", "mengoptimalkan"),
          List.of("bombardir", "dibombardir", "membombardir"),
          List.of("sergap", "disergap", "menyergap", "penyergapan"),
          List.of("ringkus", "diringkus", "meringkus"),
          List.of("bekuk", "dibekuk", "membekuk"));

  /**
   * Words that must stay themselves, each with a word the archive also has (written as in the
   * article) that they could be taken for: neither may find the other's article.
   */
  static final List<List<String>> OWN_WORDS =
      List.of(
          List.of("berani", "Ani"),
          List.of("berani", "Rani"),
          List.of("tetangga", "tangga"),
          List.of("bertetangga", "tangga"),
          List.of("sejarah", "jarah"),
          List.of("pengantin", "kantin"),
          List.of("terminal", "minal"),
          List.of("permadani", "madani"),
          List.of("mentimun", "timun"),
          List.of("pemilu", "pilu"),
          List.of("divisi", "visi"),
          List.of("mentega", "tega"),
          List.of("kepala", "pala"),
          List.of("pesawat", "sawat"),
          List.of("pesantren", "santren"),
          List.of("menara", "tara"),
          List.of("teratai", "ratai"),
          List.of("berlian", "lian"),
          List.of("memori", "pori"),
          List.of("melati", "lati"),
          List.of("derita", "Rita"),
          List.of("pendeta", "Deta"),
          List.of("pertiwi", "Tiwi"),
          List.of("terigu", "Igu"),
          List.of("dinasti", "nasti"),
          List.of("dirgantara", "Gantara"));

  final SearchAnalyzers analyzers = new SearchAnalyzers(RootWords.builtIn());
  final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  final Map<String, Long> articleOf = new HashMap<>();
  IndexWriter writer;
  long nextId = 1;

  @BeforeEach
  void openIndex() throws IOException {
    writer = new IndexWriter(directory, new IndexWriterConfig(analyzers.index()));
  }

  @AfterEach
  void closeIndex() throws IOException {
    writer.close();
    directory.close();
  }

  long article(String word) throws IOException {
    long id = nextId++;
    var snapshot =
        new ArticleSnapshot(
            id,
            1,
            "kanal",
            "Kanal",
            "Kabar " + id,
            "Ringkasan.",
            "<p>Petugas menyebut " + word + " pada pekan lalu.</p>",
            List.of(),
            List.of(),
            ArticleStatus.PUBLISHED,
            Instant.parse("2024-03-01T03:00:00Z"),
            Instant.parse("2024-03-01T03:00:00Z"));
    writer.addDocument(ArticleFields.document(snapshot));
    articleOf.put(word, id);
    return id;
  }

  void buildArchive() throws IOException {
    for (List<String> family : FAMILIES) {
      for (String word : family) {
        article(word);
      }
    }
    Set<String> written = new HashSet<>();
    for (List<String> pair : OWN_WORDS) {
      for (String word : pair) {
        if (written.add(word)) {
          article(word);
        }
      }
    }
    // The archive shows this one as a root in its own right.
    article("keberanian");
    writer.commit();
  }

  /** Articles found for {@code text}, as /cari parses it, or with the list's roots only. */
  Set<Long> find(DirectoryReader reader, String text, boolean learned) throws IOException {
    Query query;
    if (learned) {
      query = ArticleSearch.parse(analyzers, reader, text);
    } else {
      var parser = new SimpleQueryParser(analyzers.text(), ArticleSearch.FIELD_WEIGHTS);
      parser.setDefaultOperator(BooleanClause.Occur.MUST);
      query = parser.parse(text);
    }
    var searcher = new IndexSearcher(reader);
    Set<Long> ids = new HashSet<>();
    for (ScoreDoc hit : searcher.search(query, 1000).scoreDocs) {
      ids.add(Long.parseLong(searcher.storedFields().document(hit.doc).get(ArticleFields.ID)));
    }
    return ids;
  }

  record Figure(int ok, int total) {
    double percent() {
      return 100.0 * ok / total;
    }

    @Override
    public String toString() {
      return ok + "/" + total + String.format(" (%.1f %%)", percent());
    }
  }

  /** Each bare root finds each derived form's article, and each derived form the root's. */
  Figure recall(DirectoryReader reader, boolean learned) throws IOException {
    int ok = 0;
    int total = 0;
    for (List<String> family : FAMILIES) {
      String root = family.getFirst();
      for (String form : family.subList(1, family.size())) {
        total += 2;
        if (find(reader, root, learned).contains(articleOf.get(form))) {
          ok++;
        }
        if (find(reader, form, learned).contains(articleOf.get(root))) {
          ok++;
        }
      }
    }
    return new Figure(ok, total);
  }

  /** Neither word of a pair finds the other's article. */
  Figure precision(DirectoryReader reader, boolean learned) throws IOException {
    int ok = 0;
    for (List<String> pair : OWN_WORDS) {
      String word = pair.get(0);
      String other = pair.get(1);
      if (!find(reader, word, learned).contains(articleOf.get(other))
          && !find(reader, other, learned).contains(articleOf.get(word))) {
        ok++;
      } else {
        System.out.println("Taken for one another: " + word + ", " + other);
      }
    }
    return new Figure(ok, OWN_WORDS.size());
  }

  @Test
  void learnedRootsRaiseRecallAndKeepPrecision() throws IOException {
    buildArchive();
    try (var reader = DirectoryReader.open(directory)) {
      Figure recallBefore = recall(reader, false);
      Figure recallAfter = recall(reader, true);
      Figure precisionBefore = precision(reader, false);
      Figure precisionAfter = precision(reader, true);
      System.out.printf(
          "Learned roots: recall %s before, %s after; precision %s before, %s after%n",
          recallBefore, recallAfter, precisionBefore, precisionAfter);

      assertThat(recallBefore.ok()).isZero();
      assertThat(recallAfter).isEqualTo(new Figure(recallAfter.total(), recallAfter.total()));
      assertThat(precisionBefore).isEqualTo(new Figure(OWN_WORDS.size(), OWN_WORDS.size()));
      // One pair is lost: "dinasti" is taken for di- + "nasti" once "nasti" is written bare.
      assertThat(precisionAfter).isEqualTo(new Figure(OWN_WORDS.size() - 1, OWN_WORDS.size()));
    }
  }

  @Test
  void noneOfTheTestWordsHasItsRootInTheList() {
    var stemmer = new IndonesianStemmer(RootWords.builtIn());
    for (List<String> family : FAMILIES) {
      for (String word : family) {
        assertThat(stemmer.stem(word)).as(word).isEqualTo(word);
      }
    }
    for (List<String> pair : OWN_WORDS) {
      assertThat(stemmer.stem(pair.get(0))).as(pair.get(0)).isIn(pair.get(0), "berani");
    }
  }
}

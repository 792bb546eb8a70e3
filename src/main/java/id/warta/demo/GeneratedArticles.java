package id.warta.demo;

import id.warta.article.BulkArticles;
import id.warta.article.BulkArticles.BulkArticle;
import id.warta.author.AuthorRepository;
import id.warta.section.Section;
import id.warta.section.SectionRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Service;

/**
 * Many published articles at once, for benchmarks: the demo's sections, a few dozen writers,
 * generated Indonesian titles and bodies, one article every seven minutes going back in time (a
 * million reach back 13 years). Written in bulk ({@link BulkArticles}: the rows the article service
 * writes, many per statement), {@value #BATCH} articles per transaction.
 *
 * <p>Besides its section's topics and a place, each article gets one tag from a vocabulary of
 * {@value #TOPIC_TAGS} topics drawn with a skewed distribution, as a newsroom's tags are: at a
 * million articles the most used has tens of thousands of articles, the least a few hundred.
 */
@Service
public class GeneratedArticles {
  static final int BATCH = 5000;
  static final int TOPIC_TAGS = 1000;

  /** Writers beyond the demo's own, for "a few dozen" bylines. */
  private static final List<String> MORE_WRITERS =
      List.of(
          "Rahmat Hidayat",
          "Siti Nurhaliza",
          "Bambang Wijaya",
          "Dewi Lestari",
          "Agus Salim",
          "Putri Ayu",
          "Joko Susilo",
          "Rina Marlina",
          "Andi Pratama",
          "Maya Sari",
          "Hendra Gunawan",
          "Lina Kusuma",
          "Yusuf Maulana",
          "Fitri Handayani",
          "Eko Prasetyo",
          "Wulan Dari",
          "Taufik Hidayat",
          "Indah Permata",
          "Rudi Hartono",
          "Nadia Putri",
          "Arif Budiman",
          "Sri Wahyuni",
          "Dimas Anggara",
          "Ratna Dewi");

  /** Topic words; each combined with a place makes a tag such as "Banjir Medan". */
  private static final List<String> TOPICS =
      List.of(
          "Banjir",
          "Gempa",
          "Korupsi",
          "Pilkada",
          "Mudik",
          "Harga Beras",
          "Macet",
          "Kebakaran",
          "Narkoba",
          "Stunting",
          "Vaksin",
          "Tol",
          "Kereta Cepat",
          "Pelabuhan",
          "Bandara",
          "Sekolah",
          "Rumah Sakit",
          "Pasar",
          "Nelayan",
          "Petani",
          "Listrik",
          "Air Bersih",
          "Sampah",
          "Polusi",
          "Hutan",
          "Tambang",
          "Pariwisata",
          "Festival",
          "Sepak Bola Lokal",
          "Pemilu Daerah",
          "Bansos",
          "Pajak Daerah",
          "UMKM Lokal",
          "Startup",
          "Digitalisasi",
          "Perumahan",
          "Transportasi",
          "Cuaca",
          "Longsor",
          "Kesehatan Ibu",
          "Gizi",
          "Wisuda",
          "Olimpiade Sains",
          "Budaya Lokal",
          "Museum",
          "Kuliner Khas",
          "Kerajinan",
          "Ekspor",
          "Impor",
          "Inflasi Daerah");

  private final BulkArticles bulk;
  private final SectionRepository sections;
  private final AuthorRepository authors;
  private final Clock clock;

  GeneratedArticles(
      BulkArticles bulk, SectionRepository sections, AuthorRepository authors, Clock clock) {
    this.bulk = bulk;
    this.sections = sections;
    this.authors = authors;
    this.clock = clock;
  }

  /** Creates {@code count} articles; reports progress after each transaction. */
  public void generate(int count, IntConsumer progress) {
    if (count < 1 || count > 5_000_000) {
      throw new IllegalArgumentException("Jumlah artikel harus antara 1 dan 5.000.000.");
    }
    List<Section> all = sections.findAll();
    if (all.isEmpty()) {
      throw new IllegalStateException("Belum ada kanal: jalankan Warta sekali dengan konten demo.");
    }
    List<Long> writers = new ArrayList<>();
    for (String name : DemoTexts.WRITERS) {
      writers.add(authors.findOrCreate(name).id());
    }
    for (String name : MORE_WRITERS) {
      writers.add(authors.findOrCreate(name).id());
    }
    List<String> places = DemoTexts.places();
    Random random = new Random(count);
    Instant start = clock.instant().minus(Duration.ofDays(1));
    int done = 0;
    while (done < count) {
      int to = Math.min(count, done + BATCH);
      List<BulkArticle> batch = new ArrayList<>(to - done);
      for (int n = done; n < to; n++) {
        Section section = all.get(n % all.size());
        var story = DemoTexts.story(section.slug(), n / all.size(), random);
        List<String> tags = new ArrayList<>(story.tags());
        tags.add(topicTag(random, places));
        batch.add(
            new BulkArticle(
                section.id(),
                story.title() + " (" + (n + 1) + ")",
                story.lead(),
                story.paragraphs(),
                story.source(),
                DemoTexts.EDITOR_CODES[n % DemoTexts.EDITOR_CODES.length],
                start.minus(Duration.ofMinutes(7L * n)),
                List.of(writers.get(n % writers.size())),
                tags));
      }
      bulk.insertPublished(batch);
      done = to;
      progress.accept(done);
    }
  }

  /**
   * One of {@value #TOPIC_TAGS} topics, the first far more often than the last: rank = V·u³ gives a
   * density falling as rank^(-2/3), about 100 times more articles for the first than the last.
   */
  static String topicTag(Random random, List<String> places) {
    double u = random.nextDouble();
    int rank = (int) (TOPIC_TAGS * u * u * u);
    return TOPICS.get(rank % TOPICS.size())
        + " "
        + places.get(rank / TOPICS.size() % places.size());
  }
}

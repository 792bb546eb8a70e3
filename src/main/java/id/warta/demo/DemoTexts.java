package id.warta.demo;

import id.warta.platform.IndonesianDates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** The words of the demo content. */
final class DemoTexts {
  static final String SITE_DESK = "Redaksi";
  static final String[] EDITOR_CODES = {"OL-13", "OL-1", "OL-6", "OL-9", "OL-14", "OL-20"};
  static final List<String> WRITERS =
      List.of(
          "Nur Aivanni",
          "Dinda Shabrina",
          "Atalya Puspa",
          "Ferdian Ananda Majni",
          "Akmal Fauzi",
          "Widhoroso",
          "Gana Buana",
          "Despian Nurhidayat");

  /** A demo story with everything an article needs. */
  record Story(
      String section,
      String title,
      String lead,
      List<String> paragraphs,
      String source,
      String credit,
      String caption,
      Instant publishedAt,
      List<String> tags) {}

  /** The other articles the seed page names, with the leads its "Baca Juga" list shows. */
  static final List<Story> NAMED_STORIES =
      List.of(
          new Story(
              "internasional",
              "Jerman Wajibkan Pelancong Tunjukkan Surat Vaksinasi",
              "Jerman kini mewajibkan hasil tes negatif atau bukti kekebalan hanya dari mereka yang"
                  + " datang dari \"daerah berisiko\", \"daerah",
              List.of(
                  "Jerman kini mewajibkan hasil tes negatif atau bukti kekebalan hanya dari mereka"
                      + " yang datang dari \"daerah berisiko\", \"daerah dengan insiden tinggi\""
                      + " atau \"daerah varian virus\".",
                  "Mulai Minggu, setiap pelancong berusia 12 tahun ke atas yang masuk ke Jerman"
                      + " harus dapat menunjukkan bukti vaksinasi lengkap, bukti telah sembuh dari"
                      + " covid-19, atau hasil tes negatif.",
                  "Pemerintah Jerman menyatakan aturan itu berlaku untuk semua jalur masuk, baik"
                      + " udara, laut maupun darat, dan akan diperiksa secara acak."),
              "AFP",
              "AFP",
              "Penumpang menunggu pemeriksaan dokumen di Bandara Frankfurt, Jerman.",
              IndonesianDates.parseDateLine("Jumat 30 Juli 2021, 00:21 WIB"),
              List.of("Jerman", "Covid-19", "Vaksinasi")),
          new Story(
              "internasional",
              "Kerala Umumkan Karantina saat Kasus Harian di India Menurun",
              "Kerala, dengan kasus aktif mencapai 154.000-an, menyumbang 37,1 persen pada total"
                  + " kasus aktif di",
              List.of(
                  "Kerala, dengan kasus aktif mencapai 154.000-an, menyumbang 37,1 persen pada"
                      + " total kasus aktif di India, menurut data Kementerian Kesehatan.",
                  "Pemerintah negara bagian di selatan India itu mengumumkan karantina wilayah"
                      + " penuh pada akhir pekan untuk menekan penularan.",
                  "Secara nasional, kasus harian di India terus menurun sejak puncak gelombang"
                      + " kedua pada Mei lalu."),
              "AFP",
              "AFP/Manjunath Kiran",
              "Petugas kesehatan mengambil sampel usap warga di Kochi, Kerala.",
              IndonesianDates.parseDateLine("Kamis 29 Juli 2021, 23:55 WIB"),
              List.of("India", "Covid-19")),
          new Story(
              "internasional",
              "Vaksin Raib Saat Penduduk Mulai Antre di Dataran Tinggi Bolivia",
              "Di dataran tinggi Uru Chipaya, Bolivia, Fausto Lopez mengenakan pakaian terbaiknya."
                  + " Dia senang karena akhirnya bakal disuntik vaksin",
              List.of(
                  "Di dataran tinggi Uru Chipaya, Bolivia, Fausto Lopez mengenakan pakaian"
                      + " terbaiknya. Dia senang karena akhirnya bakal disuntik vaksin covid-19.",
                  "Namun setelah berjam-jam antre di bawah terik matahari, warga diberi tahu bahwa"
                      + " persediaan vaksin telah habis.",
                  "Pejabat kesehatan setempat berjanji kiriman berikutnya tiba pekan depan."),
              "AFP",
              "AFP",
              "Warga Uru Chipaya mengantre di depan pusat kesehatan desa.",
              IndonesianDates.parseDateLine("Kamis 29 Juli 2021, 23:00 WIB"),
              List.of("Bolivia", "Vaksinasi")),
          new Story(
              "internasional",
              "Portugal Khawatirkan Gelombang Keempat Covid-19",
              "Portugal mewaspadai gelombang keempat covid-19 setelah kasus harian di Lisbon"
                  + " meningkat tajam dalam dua pekan terakhir.",
              List.of(
                  "Portugal mewaspadai gelombang keempat covid-19 setelah kasus harian di Lisbon"
                      + " meningkat tajam dalam dua pekan terakhir.",
                  "Pemerintah melarang perjalanan keluar-masuk wilayah metropolitan Lisbon pada"
                      + " akhir pekan.",
                  "Para ahli menyebut varian Delta sebagai penyebab utama lonjakan kasus."),
              "AFP",
              "AFP",
              "Warga mengenakan masker di pusat kota Lisbon, Portugal.",
              IndonesianDates.parseDateLine("Selasa 22 Juni 2021, 19:40 WIB"),
              List.of("Portugal", "Covid-19")),
          new Story(
              "olahraga",
              "Atletik Jadi Lumbung Medali",
              "SALAH satu cabang olahraga yang akan sangat menarik untuk disaksikan di Olimpiade"
                  + " 2020 ialah atletik.",
              List.of(
                  "SALAH satu cabang olahraga yang akan sangat menarik untuk disaksikan di"
                      + " Olimpiade 2020 ialah atletik.",
                  "Atletik memperebutkan 48 medali emas, terbanyak di antara semua cabang yang"
                      + " dipertandingkan di Tokyo.",
                  "Lalu Muhammad Zohri akan turun di nomor lari 100 meter putra."),
              "",
              "AFP",
              "Pelari berlaga di Stadion Olimpiade Tokyo.",
              IndonesianDates.parseDateLine("Jumat 30 Juli 2021, 06:00 WIB"),
              List.of("Olimpiade Tokyo", "Atletik")));

  static final List<String> BENIHBAIK_ITEMS =
      List.of(
          "Bantu Renovasi Sekolah Rusak di Pelosok Nusa Tenggara Timur",
          "Air Bersih untuk Warga Desa Terdampak Kekeringan",
          "Beasiswa bagi Anak Nelayan di Pesisir Utara Jawa",
          "Ambulans Desa untuk Warga Pegunungan Papua",
          "Paket Gizi untuk Balita di Daerah Rawan Tengkes",
          "Perahu Sekolah bagi Anak-anak Kepulauan Seribu");

  static final List<String> MGNEWS_ITEMS =
      List.of(
          "Festival Budaya Nusantara Digelar di Ibu Kota Pekan Ini",
          "Harga Cabai Turun Menjelang Akhir Bulan",
          "Timnas U-23 Gelar Pemusatan Latihan di Bali",
          "Pemerintah Daerah Siapkan Posko Mudik Terpadu",
          "UMKM Kuliner Bangkit Lewat Penjualan Daring",
          "Cuaca Ekstrem Diprediksi Melanda Sebagian Wilayah");

  private static final List<String> PLACES =
      List.of(
          "Jakarta",
          "Surabaya",
          "Medan",
          "Makassar",
          "Bandung",
          "Semarang",
          "Denpasar",
          "Palembang",
          "Balikpapan",
          "Jayapura",
          "Pontianak",
          "Yogyakarta",
          "Manado",
          "Padang",
          "Kupang",
          "Ambon",
          "Banjarmasin",
          "Mataram",
          "Pekanbaru",
          "Aceh",
          "Lampung",
          "Bogor",
          "Malang",
          "Solo");

  private static final Map<String, List<String>> TITLES =
      Map.of(
          "nasional",
          List.of(
              "Pemerintah Percepat Perbaikan Jalan Nasional di %s",
              "KPU Mulai Verifikasi Data Pemilih di %s",
              "Kebijakan Baru Pelayanan Publik Diuji Coba di %s",
              "DPR Soroti Anggaran Penanganan Banjir %s",
              "Polisi Bongkar Jaringan Penipuan Daring di %s",
              "Presiden Resmikan Bendungan Baru dekat %s"),
          "internasional",
          List.of(
              "Delegasi ASEAN Bertemu di %s Bahas Keamanan Kawasan",
              "Diaspora Indonesia Gelar Pameran Budaya di %s",
              "Pemimpin Dunia Berterima Kasih atas Bantuan Kemanusiaan ke %s",
              "Pertemuan Dagang Bilateral Digelar di %s",
              "Duta Besar RI Kunjungi Pelajar Indonesia asal %s",
              "Forum Iklim Internasional Undang Pemuda dari %s"),
          "ekonomi",
          List.of(
              "Inflasi di %s Terkendali Menjelang Akhir Tahun",
              "Harga Beras di Pasar %s Mulai Stabil",
              "Investasi Kawasan Industri %s Naik Dua Kali Lipat",
              "Ekspor UMKM dari %s Tembus Pasar Eropa",
              "Bank Sentral Jaga Stabilitas Rupiah, Pelaku Usaha %s Lega",
              "Kebijakan Pajak Daerah %s Dikaji Ulang"),
          "olahraga",
          List.of(
              "Tim Bulu Tangkis %s Juarai Kejurnas",
              "Atlet Muda %s Pecahkan Rekor Lari 100 Meter",
              "Stadion Baru di %s Siap Gelar Liga",
              "Pesepak Bola Asal %s Dipanggil Timnas",
              "Maraton %s Diikuti Ribuan Pelari",
              "Pelatih Anyar Bawa Klub %s ke Puncak Klasemen"),
          "humaniora",
          List.of(
              "Sekolah di %s Terapkan Kurikulum Merdeka Sepenuhnya",
              "Dinas Kesehatan %s Gencarkan Imunisasi Anak",
              "Festival Literasi Digelar di %s",
              "Pemerintahan Daerah %s Tanam Sejuta Pohon",
              "Museum %s Buka Pameran Naskah Kuno",
              "Relawan Bersihkan Pantai di %s"),
          "weekend",
          List.of(
              "Menyusuri Kuliner Malam di %s",
              "Akhir Pekan di %s: Dari Pasar Tradisional ke Galeri Seni",
              "Jejak Sejarah Kota Tua %s",
              "Menginap di Desa Wisata dekat %s",
              "Kopi Lokal %s yang Mendunia",
              "Sosok Perajin Tenun dari %s"));

  private static final Map<String, List<String>> TAGS =
      Map.of(
          "nasional", List.of("Pemerintah", "DPR", "Pemilu", "Infrastruktur", "Hukum"),
          "internasional", List.of("ASEAN", "Diplomasi", "Iklim", "Perdagangan"),
          "ekonomi", List.of("Inflasi", "UMKM", "Investasi", "Rupiah", "Pajak"),
          "olahraga", List.of("Bulu Tangkis", "Sepak Bola", "Atletik", "Timnas"),
          "humaniora", List.of("Pendidikan", "Kesehatan", "Lingkungan", "Budaya"),
          "weekend", List.of("Kuliner", "Wisata", "Sosok", "Seni"));

  private static final List<String> SENTENCES =
      List.of(
          "Langkah itu diambil setelah serangkaian rapat koordinasi dengan pemerintah daerah dan"
              + " para pemangku kepentingan.",
          "Warga menyambut baik rencana tersebut, meski sebagian meminta pelaksanaannya diawasi"
              + " dengan ketat.",
          "Menurut data terbaru, jumlah penerima manfaat meningkat dibandingkan tahun lalu.",
          "Pihak berwenang berjanji akan mengevaluasi hasilnya setiap tiga bulan.",
          "Sejumlah pengamat menilai kebijakan ini perlu diikuti dengan pengawasan anggaran yang"
              + " transparan.",
          "Kegiatan serupa direncanakan menyusul di kota-kota lain pada tahun depan.",
          "\"Kami berkomitmen untuk terus melayani masyarakat dengan sebaik-baiknya,\" ujarnya.",
          "Pemerintah pusat menyatakan siap memberikan dukungan teknis maupun pendanaan.",
          "Para peserta mengaku mendapat banyak manfaat dari program tersebut.",
          "Hingga berita ini diturunkan, pihak terkait belum memberikan keterangan resmi.");

  private DemoTexts() {}

  /** The places stories happen in. */
  static List<String> places() {
    return PLACES;
  }

  /** Generated stories for a section, each with a unique title. */
  static List<Story> generated(String section, int count, Random random) {
    List<String> titles = TITLES.getOrDefault(section, TITLES.get("nasional"));
    List<String> tags = TAGS.getOrDefault(section, List.of("Berita"));
    List<Story> stories = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (int n = 0; stories.size() < count; n++) {
      String place = PLACES.get((n * 7 + section.length()) % PLACES.size());
      String title = titles.get(n % titles.size()).formatted(place);
      if (!used.add(title)) {
        continue;
      }
      List<String> paragraphs = new ArrayList<>();
      String lead = leadFor(title, place);
      paragraphs.add(lead);
      for (int p = 0; p < 4; p++) {
        paragraphs.add(
            SENTENCES.get(random.nextInt(SENTENCES.size()))
                + " "
                + SENTENCES.get(random.nextInt(SENTENCES.size())));
      }
      stories.add(
          new Story(
              section,
              title,
              lead,
              paragraphs,
              n % 4 == 0 ? "Antara" : "",
              "",
              "",
              null,
              List.of(tags.get(n % tags.size()), tags.get((n + 2) % tags.size()), place)));
    }
    return stories;
  }

  /** The n-th generated story of a section (titles repeat; benchmarks number them). */
  static Story story(String section, int n, Random random) {
    List<String> titles = TITLES.getOrDefault(section, TITLES.get("nasional"));
    List<String> tags = TAGS.getOrDefault(section, List.of("Berita"));
    String place = PLACES.get((n * 7 + section.length()) % PLACES.size());
    String title = titles.get(n % titles.size()).formatted(place);
    String lead = leadFor(title, place);
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(lead);
    for (int p = 0; p < 4; p++) {
      paragraphs.add(
          SENTENCES.get(random.nextInt(SENTENCES.size()))
              + " "
              + SENTENCES.get(random.nextInt(SENTENCES.size())));
    }
    return new Story(
        section,
        title,
        lead,
        paragraphs,
        n % 4 == 0 ? "Antara" : "",
        "",
        "",
        null,
        List.of(tags.get(n % tags.size()), tags.get((n + 2) % tags.size()), place));
  }

  private static String leadFor(String title, String place) {
    // The title as written: lowercasing its first letter made "kPU" of "KPU".
    return "Kabar dari " + place + ": " + title + ". Berikut laporan lengkap wartawan kami.";
  }
}

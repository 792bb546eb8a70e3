package id.warta.search;

import id.warta.article.ArticleSnapshot;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.jsoup.Jsoup;

/** The index's fields, and how a published article becomes a document. */
final class ArticleFields {
  static final String ID = "id";
  static final String TITLE = "title";
  static final String LEAD = "lead";
  static final String BODY = "body";
  static final String TAGS = "tags";
  static final String AUTHORS = "authors";
  static final String SECTION = "section";
  static final String SECTION_SLUG = "kanal";
  static final String SECTION_ID = "section_id";
  static final String PUBLISHED = "published";
  static final String PUBLISHED_POINT = "published_point";
  static final String SPELL = "spell";

  /** Words written in lower case in lead and body: the vocabulary that teaches roots. */
  static final String WORDS = "kata";

  /** Text with offsets in the postings, so the highlighter need not analyse stored text again. */
  private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  /** Only which articles have a word matters: no frequencies, positions or norms. */
  private static final FieldType VOCABULARY = new FieldType();

  static {
    VOCABULARY.setIndexOptions(IndexOptions.DOCS);
    VOCABULARY.setTokenized(true);
    VOCABULARY.setOmitNorms(true);
    VOCABULARY.freeze();
  }

  private ArticleFields() {}

  static Document document(ArticleSnapshot a) {
    var doc = new Document();
    doc.add(new StringField(ID, Long.toString(a.id()), Field.Store.YES));
    doc.add(new Field(TITLE, a.title(), TEXT_WITH_OFFSETS));
    doc.add(new Field(LEAD, a.lead(), TEXT_WITH_OFFSETS));
    String body = bodyText(a.bodyHtml());
    doc.add(new Field(BODY, body, TEXT_WITH_OFFSETS));
    for (String tag : a.tags()) {
      doc.add(new TextField(TAGS, tag, Field.Store.YES));
    }
    for (String author : a.authors()) {
      doc.add(new TextField(AUTHORS, author, Field.Store.NO));
    }
    doc.add(new TextField(SECTION, a.sectionName(), Field.Store.NO));
    doc.add(new StringField(SECTION_SLUG, a.sectionSlug(), Field.Store.NO));
    doc.add(new NumericDocValuesField(SECTION_ID, a.sectionId()));
    long published = a.publishedAt().toEpochMilli();
    doc.add(new LongPoint(PUBLISHED_POINT, published));
    doc.add(new NumericDocValuesField(PUBLISHED, published));
    doc.add(new TextField(SPELL, a.title() + "\n" + a.lead() + "\n" + body, Field.Store.NO));
    doc.add(new Field(WORDS, a.lead() + "\n" + body, VOCABULARY));
    return doc;
  }

  /** The body as readers read it: text only. */
  static String bodyText(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    return Jsoup.parseBodyFragment(html).body().text();
  }
}

package id.warta.feed;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import nu.validator.xml.SystemErrErrorHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The standards' own checkers, for tests: XML Schema (the JDK's validator with the published
 * sitemap schemas), JSON Schema (networknt, with format assertions on) and the Nu HTML Checker.
 * Each returns the errors found; an empty list means valid.
 */
public final class Standards {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HtmlErrors HTML_ERRORS = new HtmlErrors();
  private static SimpleDocumentValidator html;

  private Standards() {}

  /** Errors of an XML document against XML Schemas on the test classpath (/schemas/...). */
  public static List<String> xmlSchemaErrors(byte[] xml, String... schemaResources) {
    List<String> errors = new ArrayList<>();
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      Source[] sources = new Source[schemaResources.length];
      for (int i = 0; i < schemaResources.length; i++) {
        sources[i] = new StreamSource(resource(schemaResources[i]));
      }
      Validator validator = factory.newSchema(sources).newValidator();
      validator.setErrorHandler(
          new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) {
              errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
              errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }
          });
      validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
    } catch (SAXException e) {
      if (errors.isEmpty()) {
        errors.add(e.getMessage());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return errors;
  }

  /** Errors of a JSON document against a JSON Schema on the test classpath. */
  public static List<String> jsonSchemaErrors(String schemaResource, String json) {
    JsonNode schemaNode;
    try (InputStream in = resource(schemaResource)) {
      schemaNode = JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SpecificationVersion version =
        SpecificationVersion.fromSchemaNode(schemaNode).orElse(SpecificationVersion.DRAFT_2020_12);
    Schema schema = SchemaRegistry.withDefaultDialect(version).getSchema(schemaNode);
    return schema
        .validate(
            JSON.readTree(json), ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)))
        .stream()
        .map(Object::toString)
        .toList();
  }

  /**
   * Errors the Nu HTML Checker (the W3C's validator) finds in an HTML document. One checker serves
   * every document: setting it up (its RELAX NG schema) costs seconds, checking a page
   * milliseconds; it is reset before each document.
   */
  public static synchronized List<String> htmlErrors(String document) {
    try {
      if (html == null) {
        var validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, new SystemErrErrorHandler());
        validator.setUpValidatorAndParsers(HTML_ERRORS, false, false);
        html = validator;
      }
      HTML_ERRORS.found.clear();
      html.checkHtmlInputSource(
          new InputSource(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))));
      return List.copyOf(HTML_ERRORS.found);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SAXException e) {
      return List.of(e.getMessage());
    } catch (Exception e) {
      throw new IllegalStateException("The Nu HTML Checker could not load its schema", e);
    }
  }

  /** Collects the checker's errors for one document; warnings and notes are not errors. */
  private static final class HtmlErrors implements ErrorHandler {
    final List<String> found = new ArrayList<>();

    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) {
      found.add("line " + e.getLineNumber() + ": " + e.getMessage());
    }

    @Override
    public void fatalError(SAXParseException e) {
      found.add("line " + e.getLineNumber() + ": " + e.getMessage());
    }
  }

  private static InputStream resource(String name) {
    InputStream in = Standards.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalArgumentException("No test resource " + name);
    }
    return in;
  }
}

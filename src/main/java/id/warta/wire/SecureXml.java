package id.warta.wire;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The only way wire XML is read: no DOCTYPE at all (so no external entities, no entity expansion,
 * no "billion laughs"), no external DTDs or schemas, no XInclude, secure processing with the JDK's
 * limits, and a bound on nesting depth. Agencies' NewsML-G2 never needs a DOCTYPE.
 */
final class SecureXml {
  static final String DOCTYPE_REFUSED = "memakai DOCTYPE (entitas XML), yang ditolak demi keamanan";
  private static final int MAX_DEPTH = 200;
  private static final DocumentBuilderFactory FACTORY = factory();

  private SecureXml() {}

  private static DocumentBuilderFactory factory() {
    try {
      var f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setAttribute("jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH));
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      return f;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The JDK's XML parser cannot be made safe", e);
    }
  }

  static Document parse(byte[] xml) throws WireParseException {
    try {
      DocumentBuilder builder;
      synchronized (FACTORY) {
        builder = FACTORY.newDocumentBuilder();
      }
      builder.setEntityResolver(
          (publicId, systemId) -> {
            throw new SAXException("external entity refused: " + systemId);
          });
      builder.setErrorHandler(
          new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) throws SAXException {
              throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
              throw e;
            }
          });
      return builder.parse(new InputSource(new ByteArrayInputStream(xml)));
    } catch (SAXParseException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("DOCTYPE")) {
        throw new WireParseException("XML " + DOCTYPE_REFUSED + ".", e);
      }
      if (message.contains("maxElementDepth") || message.contains("depth")) {
        throw new WireParseException(
            "XML bersarang terlalu dalam (lebih dari " + MAX_DEPTH + " tingkat).", e);
      }
      String line = e.getLineNumber() > 0 ? " (baris " + e.getLineNumber() + ")" : "";
      throw new WireParseException("Bukan XML yang utuh" + line + ".", e);
    } catch (SAXException | IOException e) {
      throw new WireParseException("XML tidak dapat dibaca.", e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }
}

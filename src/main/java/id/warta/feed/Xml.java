package id.warta.feed;

import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes XML documents through StAX, which escapes every text and attribute. */
final class Xml {
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  @FunctionalInterface
  interface Body {
    void write(XMLStreamWriter xml) throws XMLStreamException;
  }

  private Xml() {}

  static byte[] document(Body body) {
    var out = new ByteArrayOutputStream(16 * 1024);
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      body.write(xml);
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Cannot write XML", e);
    }
    return out.toByteArray();
  }

  /**
   * The text without characters XML 1.0 cannot carry (NUL and other C0 controls, lone surrogates):
   * one pasted control character in a caption must not make the whole feed unreadable.
   */
  static String text(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed =
          c == '\t'
              || c == '\n'
              || c == '\r'
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD)
              || (Character.isHighSurrogate(c)
                  && i + 1 < text.length()
                  && Character.isLowSurrogate(text.charAt(i + 1)))
              || (Character.isLowSurrogate(c)
                  && i > 0
                  && Character.isHighSurrogate(text.charAt(i - 1)));
      if (!allowed && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      } else if (allowed && out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text(text));
    xml.writeEndElement();
  }

  static void element(XMLStreamWriter xml, String ns, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(ns, name);
    xml.writeCharacters(text(text));
    xml.writeEndElement();
  }
}

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

  static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text == null ? "" : text);
    xml.writeEndElement();
  }

  static void element(XMLStreamWriter xml, String ns, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(ns, name);
    xml.writeCharacters(text == null ? "" : text);
    xml.writeEndElement();
  }
}

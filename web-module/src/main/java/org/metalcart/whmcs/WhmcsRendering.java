package org.metalcart.whmcs;

import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.metalcart.platform.JsonValues;

/** Writes an answer as WHMCS does: JSON, or XML inside {@code <whmcsapi>}. */
final class WhmcsRendering {

  private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

  private WhmcsRendering() {}

  static void json(WhmcsAnswer answer, Writer out) {
    JsonValues.write(answer.fields(), out);
  }

  /**
   * XML as WHMCS writes it: one element per field under {@code <whmcsapi>}, a list's items as
   * repeated elements named after the list's element ({@code <products><product>…}).
   */
  static void xml(String action, WhmcsAnswer answer, Writer out) {
    try {
      XMLStreamWriter xml = XML.createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("whmcsapi");
      if (action != null) {
        element(xml, "action", action);
      }
      for (Map.Entry<String, Object> field : answer.fields().entrySet()) {
        element(xml, field.getKey(), field.getValue());
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write the XML answer", e);
    }
  }

  private static void element(XMLStreamWriter xml, String name, Object value)
      throws XMLStreamException {
    if (value instanceof List<?> list) {
      for (Object item : list) {
        element(xml, name, item);
      }
      return;
    }
    xml.writeStartElement(name);
    if (value instanceof Map<?, ?> record) {
      for (Map.Entry<?, ?> inner : record.entrySet()) {
        element(xml, (String) inner.getKey(), inner.getValue());
      }
    } else if (value != null) {
      xml.writeCharacters(value instanceof BigDecimal d ? d.toPlainString() : value.toString());
    }
    xml.writeEndElement();
  }
}

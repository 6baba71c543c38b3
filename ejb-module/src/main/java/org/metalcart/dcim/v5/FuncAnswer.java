package org.metalcart.dcim.v5;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.metalcart.dcim.DcimBusyException;
import org.metalcart.dcim.DcimExchange;
import org.metalcart.dcim.DcimRefusedException;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A DCImanager 5 answer: an XML {@code <doc>}, read with XPath as ISPsystem's module reads it. An
 * {@code <error type object><msg>} document (sent with HTTP 200) becomes a refusal.
 */
final class FuncAnswer {

  /** The word ISPsystem's module knows for "an operation runs on the server". */
  private static final String BUSY = "func_in_progress";

  private static final DocumentBuilderFactory XML = DocumentBuilderFactory.newInstance();

  static {
    try {
      // DCImanager's answers never need a DTD; refusing them shuts out entity expansion attacks.
      XML.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      XML.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    } catch (Exception e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final Document doc;
  private final XPath xpath = XPathFactory.newInstance().newXPath();

  private FuncAnswer(Document doc) {
    this.doc = doc;
  }

  static FuncAnswer interpret(DcimExchange.Answer answer) {
    if (answer.status() / 100 != 2) {
      throw new DcimRefusedException(
          String.valueOf(answer.status()), null, "DCImanager answered HTTP " + answer.status());
    }
    FuncAnswer parsed;
    try {
      parsed =
          new FuncAnswer(
              XML.newDocumentBuilder()
                  .parse(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8))));
    } catch (Exception e) {
      throw new DcimRefusedException(
          "xml", null, "DCImanager's answer is not XML: " + e.getMessage());
    }
    List<Node> errors = parsed.nodes("/doc/error");
    if (!errors.isEmpty()) {
      Node error = errors.get(0);
      String type = parsed.text(error, "@type");
      String object = blankToNull(parsed.text(error, "@object"));
      if (BUSY.equals(type)) {
        throw new DcimBusyException(type, object, parsed.text(error, "msg"));
      }
      throw new DcimRefusedException(type, object, parsed.text(error, "msg"));
    }
    return parsed;
  }

  /** The text of the first node {@code expression} selects, or an empty string. */
  String text(String expression) {
    return text(doc, expression);
  }

  String text(Node context, String expression) {
    try {
      return xpath.evaluate(expression, context);
    } catch (XPathExpressionException e) {
      throw new IllegalArgumentException(expression, e);
    }
  }

  boolean has(Node context, String expression) {
    return !nodes(context, expression).isEmpty();
  }

  List<Node> nodes(String expression) {
    return nodes(doc, expression);
  }

  List<Node> nodes(Node context, String expression) {
    try {
      NodeList list = (NodeList) xpath.evaluate(expression, context, XPathConstants.NODESET);
      List<Node> nodes = new ArrayList<>(list.getLength());
      for (int i = 0; i < list.getLength(); i++) {
        nodes.add(list.item(i));
      }
      return nodes;
    } catch (XPathExpressionException e) {
      throw new IllegalArgumentException(expression, e);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  /** An XPath string literal for any text (quotes included). */
  static String literal(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    if (!text.contains("\"")) {
      return "\"" + text + "\"";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }
}

package org.metalcart.dcimsim;

import static org.metalcart.dcimsim.Jsons.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A DCImanager 5 answer: a {@code <doc>} with fields and {@code <elem>} rows, rendered as XML
 * ({@code out=xml}, the default) or in ISPsystem's JSON form ({@code out=json}: {@code
 * {"doc":{"name":{"$": "value"}}}}). A flag is an element present without text ({@code
 * <blocked/>}), absent when off.
 */
final class FuncDoc {

  private static final String FLAG = "\u0000flag";

  private final Map<String, String> fields = new LinkedHashMap<>();
  private final List<Map<String, String>> elems = new ArrayList<>();
  private DcimError error;
  private String session;
  private int sessionLevel;

  static FuncDoc ok() {
    FuncDoc doc = new FuncDoc();
    doc.flag("ok", true);
    return doc;
  }

  static FuncDoc error(DcimError error) {
    FuncDoc doc = new FuncDoc();
    doc.error = error;
    return doc;
  }

  /** The answer to {@code func=auth}: {@code <auth id="SESSION" level="28">SESSION</auth>}. */
  static FuncDoc session(String token, int level) {
    FuncDoc doc = new FuncDoc();
    doc.session = token;
    doc.sessionLevel = level;
    return doc;
  }

  FuncDoc field(String name, Object value) {
    if (value != null) {
      fields.put(name, String.valueOf(value));
    }
    return this;
  }

  FuncDoc flag(String name, boolean on) {
    if (on) {
      fields.put(name, FLAG);
    }
    return this;
  }

  /** Adds a row; fill it with {@link Elem}. */
  Elem elem() {
    Map<String, String> elem = new LinkedHashMap<>();
    elems.add(elem);
    return new Elem(elem);
  }

  /** One {@code <elem>} row. */
  static final class Elem {
    private final Map<String, String> values;

    private Elem(Map<String, String> values) {
      this.values = values;
    }

    Elem field(String name, Object value) {
      if (value != null) {
        values.put(name, String.valueOf(value));
      }
      return this;
    }

    Elem flag(String name, boolean on) {
      if (on) {
        values.put(name, FLAG);
      }
      return this;
    }
  }

  Reply render(boolean json) {
    return json ? Reply.json(200, toJson()) : Reply.xml(toXml());
  }

  private String toXml() {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<doc>");
    if (error != null) {
      xml.append("<error type=\"").append(escape(error.kind.v5Type)).append('"');
      if (error.object != null) {
        xml.append(" object=\"").append(escape(error.object)).append('"');
      }
      xml.append("><msg>").append(escape(error.getMessage())).append("</msg></error>");
    }
    if (session != null) {
      xml.append("<auth id=\"")
          .append(escape(session))
          .append("\" level=\"")
          .append(sessionLevel)
          .append("\">")
          .append(escape(session))
          .append("</auth>");
    }
    appendXml(xml, fields);
    for (Map<String, String> elem : elems) {
      xml.append("<elem>");
      appendXml(xml, elem);
      xml.append("</elem>");
    }
    return xml.append("</doc>\n").toString();
  }

  private static void appendXml(StringBuilder xml, Map<String, String> values) {
    values.forEach(
        (name, value) -> {
          if (FLAG.equals(value)) {
            xml.append('<').append(name).append("/>");
          } else {
            xml.append('<')
                .append(name)
                .append('>')
                .append(escape(value))
                .append("</")
                .append(name)
                .append('>');
          }
        });
  }

  private String toJson() {
    JsonObjectBuilder doc = JSON.createObjectBuilder();
    if (error != null) {
      JsonObjectBuilder e = JSON.createObjectBuilder().add("$type", error.kind.v5Type);
      if (error.object != null) {
        e.add("$object", error.object);
      }
      doc.add("error", e.add("msg", JSON.createObjectBuilder().add("$", error.getMessage())));
    }
    if (session != null) {
      doc.add(
          "auth",
          JSON.createObjectBuilder()
              .add("$id", session)
              .add("$level", String.valueOf(sessionLevel))
              .add("$", session));
    }
    addJson(doc, fields);
    if (!elems.isEmpty()) {
      JsonArrayBuilder rows = JSON.createArrayBuilder();
      for (Map<String, String> elem : elems) {
        JsonObjectBuilder row = JSON.createObjectBuilder();
        addJson(row, elem);
        rows.add(row);
      }
      doc.add("elem", rows);
    }
    return JSON.createObjectBuilder().add("doc", doc).build().toString();
  }

  private static void addJson(JsonObjectBuilder into, Map<String, String> values) {
    values.forEach(
        (name, value) ->
            into.add(name, JSON.createObjectBuilder().add("$", FLAG.equals(value) ? "on" : value)));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}

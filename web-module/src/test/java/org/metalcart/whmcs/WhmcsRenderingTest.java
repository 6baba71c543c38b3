package org.metalcart.whmcs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WhmcsRenderingTest {

  private final WhmcsAnswer answer =
      WhmcsAnswer.success()
          .paging(2, 0, 2)
          .list(
              "products",
              "product",
              List.of(product(1, "Jane's <server> & co"), product(2, "second")));

  @Test
  void jsonKeepsTheOrderAndNestsListsUnderTheirElement() {
    StringWriter out = new StringWriter();
    WhmcsRendering.json(answer, out);
    assertEquals(
        "{\"result\":\"success\",\"totalresults\":2,\"startnumber\":0,\"numreturned\":2,"
            + "\"products\":{\"product\":[{\"id\":1,\"name\":\"Jane's <server> & co\","
            + "\"amount\":89.00,\"none\":null},{\"id\":2,\"name\":\"second\",\"amount\":89.00,"
            + "\"none\":null}]}}",
        out.toString());
  }

  @Test
  void xmlRepeatsAListsElementAndEscapesText() {
    StringWriter out = new StringWriter();
    WhmcsRendering.xml("getproducts", answer, out);
    assertEquals(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><whmcsapi><action>getproducts</action>"
            + "<result>success</result><totalresults>2</totalresults><startnumber>0</startnumber>"
            + "<numreturned>2</numreturned><products><product><id>1</id>"
            + "<name>Jane's &lt;server&gt; &amp; co</name><amount>89.00</amount><none></none>"
            + "</product><product><id>2</id><name>second</name><amount>89.00</amount><none></none>"
            + "</product></products></whmcsapi>",
        out.toString());
  }

  private static Map<String, Object> product(long id, String name) {
    Map<String, Object> product = WhmcsAnswer.record();
    product.put("id", id);
    product.put("name", name);
    product.put("amount", new BigDecimal("89.00"));
    product.put("none", null);
    return product;
  }
}

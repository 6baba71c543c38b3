package org.metalcart.it;

/**
 * Inventories for the simulator in the format of its demo-inventory.json: the demo's administrator
 * (whom micro/pom.xml gives Metalcart), a Debian template, one IPv4 pool, and the servers a test
 * needs, so that each test's servers are its own.
 */
final class TestInventory {

  private TestInventory() {}

  /** {@code servers}: the JSON objects of the servers, separated by commas. */
  static String of(String servers) {
    return """
        {"installSeconds": 0.5,
         "admin": {"name": "admin", "email": "admin@dcim.example.net", "password": "simulator-admin-pw"},
         "accounts": [{"name": "other", "email": "other@example.net", "fullName": "Other", "password": "other-pw-123"}],
         "templates": ["Debian 12", "Ubuntu 24.04"],
         "pools": [{"name": "public", "family": "ipv4", "first": "203.0.113.10", "last": "203.0.113.250",
                    "gateway": "203.0.113.1", "network": "203.0.113.0/24"}],
         "servers": [%s]}
        """
        .formatted(servers);
  }
}

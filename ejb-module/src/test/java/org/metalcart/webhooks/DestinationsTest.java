package org.metalcart.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.metalcart.queue.Backoff;

class DestinationsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "0.0.0.0",
        "100.64.0.1",
        "::1",
        "fe80::1",
        "fd00::1",
        "::ffff:10.0.0.1",
        "224.0.0.1",
        "255.255.255.255"
      })
  void loopbackPrivateAndLinkLocalAddressesAreNotPublic(String address)
      throws UnknownHostException {
    assertFalse(Destinations.isPublic(InetAddress.getByName(address)), address);
  }

  @ParameterizedTest
  @ValueSource(strings = {"203.0.113.10", "8.8.8.8", "2001:db8::1", "100.128.0.1"})
  void otherAddressesArePublic(String address) throws UnknownHostException {
    assertTrue(Destinations.isPublic(InetAddress.getByName(address)), address);
  }

  @Test
  void aPrivateAddressIsAllowedOnlyWhenListed() throws UnknownHostException {
    List<InetAddress> loopback = List.of(InetAddress.getByName("127.0.0.1"));
    assertTrue(Destinations.addressRefusal("localhost", loopback, List.of()).isPresent());
    assertEquals(
        Optional.empty(), Destinations.addressRefusal("localhost", loopback, List.of("127.0.0.1")));
    assertEquals(
        Optional.empty(), Destinations.addressRefusal("localhost", loopback, List.of("localhost")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://example.com/x",
        "https:///x",
        "https://user:pw@example.com/x",
        "https://example.com/x#f",
        "file:///etc/passwd"
      })
  void onlyPlainHttpUrlsWithAHost(String url) {
    assertTrue(Destinations.shapeRefusal(URI.create(url)).isPresent(), url);
  }

  @Test
  void retriesSpanMoreThanADayWithTheDefaults() {
    WebhookSettings settings = new WebhookSettings();
    settings.retryFirstSeconds = 60;
    settings.maxAttempts = 15;
    Backoff backoff = settings.backoff();
    Duration span = backoff.total(settings.maxAttempts() - 1);
    assertTrue(span.compareTo(Duration.ofDays(1)) > 0, "retried for " + span);
    assertEquals(Duration.ofHours(4), backoff.after(20), "never more than four hours apart");
  }
}

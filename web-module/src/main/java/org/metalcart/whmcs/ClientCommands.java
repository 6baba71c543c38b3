package org.metalcart.whmcs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.metalcart.clients.Client;
import org.metalcart.clients.ClientRegistry;
import org.metalcart.clients.NewClient;
import org.metalcart.shared.Caller;
import org.metalcart.shared.ConflictException;
import org.metalcart.shared.NotFoundException;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/** AddClient, GetClientsDetails, GetClients. */
@ApplicationScoped
class ClientCommands {

  /** Tries of a derived username with a number added before giving up. */
  private static final int USERNAME_TRIES = 20;

  @Inject ClientRegistry registry;

  /**
   * Registers a client. WHMCS has no username; Metalcart's (the DCImanager 5 account name) is made
   * from the e-mail's local part, with {@code -2}, {@code -3} … added while it is taken. The
   * address fields are accepted and not kept: Metalcart stores none.
   */
  WhmcsAnswer add(WhmcsParams params, Caller caller) {
    String first = plain(params.required("firstname", "You did not enter your first name"));
    String last = plain(params.required("lastname", "You did not enter your last name"));
    String email = params.required("email", "You did not enter your email address");
    if (!email.matches(Client.EMAIL_PATTERN) || email.length() > 254 || email.contains(" ")) {
      throw new WhmcsException("The email address you entered was not valid");
    }
    String name = (first + " " + last).trim();
    if (name.length() > 200) {
      throw new WhmcsException("The name is too long: at most 200 characters");
    }
    String base = username(email);
    for (int attempt = 1; attempt <= USERNAME_TRIES; attempt++) {
      String username = attempt == 1 ? base : base + "-" + attempt;
      try {
        Client client = registry.register(new NewClient(username, email, name), caller);
        return WhmcsAnswer.success().put("clientid", String.valueOf(client.id()));
      } catch (ConflictException taken) {
        if ("email".equals(taken.field())) {
          throw new WhmcsException("A user already exists with that email address");
        }
        // the username is taken: the next number
      }
    }
    throw new WhmcsException("No free username could be made from that email address");
  }

  /** A client by {@code clientid} or {@code email}, as WHMCS gives it: flat, and under client. */
  WhmcsAnswer details(WhmcsParams params, Caller caller) {
    Client client = find(params, caller).orElseThrow(() -> new WhmcsException("Client Not Found"));
    Map<String, Object> fields = fields(client);
    WhmcsAnswer answer = WhmcsAnswer.success().put("client", fields);
    fields.forEach(answer::put);
    return answer;
  }

  /** A page of clients; {@code search}: a username's start (admin) or a whole username (cart). */
  WhmcsAnswer list(WhmcsParams params, Caller caller) {
    int start = params.number("limitstart", 0, 0, Integer.MAX_VALUE);
    int count = params.pageSize();
    Optional<String> search = params.text("search");
    PageRequest page = new PageRequest(start, count);
    Page<Client> clients =
        caller.seesAll() && search.isPresent()
            ? registry.search(page, search.get())
            : registry.clients(
                page, search.map(s -> s.toLowerCase(Locale.ROOT)).orElse(null), caller);
    List<Map<String, Object>> items =
        clients.items().stream()
            .map(
                client -> {
                  Map<String, Object> item = WhmcsAnswer.record();
                  item.put("id", client.id());
                  item.put("firstname", firstName(client.name()));
                  item.put("lastname", lastName(client.name()));
                  item.put("companyname", "");
                  item.put("email", client.email());
                  item.put("datecreated", WhmcsWords.date(client.createdAt()));
                  item.put("groupid", 0);
                  item.put("status", "Active");
                  return item;
                })
            .toList();
    return WhmcsAnswer.success()
        .paging(clients.total(), start, items.size())
        .list("clients", "client", items);
  }

  /** The client a call names by {@code clientid} (or {@code email}), if the caller may see it. */
  Optional<Client> find(WhmcsParams params, Caller caller) {
    Optional<Long> id = params.id("clientid");
    if (id.isPresent()) {
      try {
        return Optional.of(registry.client(id.get(), caller));
      } catch (NotFoundException e) {
        return Optional.empty();
      }
    }
    return params.text("email").flatMap(email -> registry.clientByEmail(email, caller));
  }

  private static Map<String, Object> fields(Client client) {
    Map<String, Object> fields = WhmcsAnswer.record();
    fields.put("userid", client.id());
    fields.put("client_id", client.id());
    fields.put("id", client.id());
    fields.put("firstname", firstName(client.name()));
    fields.put("lastname", lastName(client.name()));
    fields.put("fullname", client.name());
    fields.put("companyname", "");
    fields.put("email", client.email());
    fields.put("username", client.username());
    fields.put("address1", "");
    fields.put("address2", "");
    fields.put("city", "");
    fields.put("state", "");
    fields.put("postcode", "");
    fields.put("country", "");
    fields.put("phonenumber", "");
    fields.put("status", "Active");
    fields.put("datecreated", WhmcsWords.date(client.createdAt()));
    return fields;
  }

  /** The first word of a name: WHMCS keeps first and last name apart, Metalcart one name. */
  static String firstName(String name) {
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(0, space);
  }

  static String lastName(String name) {
    int space = name.indexOf(' ');
    return space < 0 ? "" : name.substring(space + 1);
  }

  /** A username from an e-mail's local part, within Metalcart's username rule. */
  static String username(String email) {
    String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
    String cleaned = local.replaceAll("[^a-z0-9._-]", "").replaceAll("^[._-]+", "");
    if (cleaned.length() < 3) {
      cleaned = (cleaned + "client").substring(0, Math.max(3, cleaned.length()));
      cleaned = cleaned.length() < 3 ? "client" : cleaned;
    }
    return cleaned.length() > 28 ? cleaned.substring(0, 28) : cleaned;
  }

  /** A name without control characters, which no form should store. */
  private static String plain(String value) {
    if (value.chars().anyMatch(Character::isISOControl)) {
      throw new WhmcsException("Names must not contain control characters");
    }
    return value;
  }
}

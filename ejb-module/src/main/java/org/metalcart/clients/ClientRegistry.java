package org.metalcart.clients;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.metalcart.shared.Caller;
import org.metalcart.shared.NotFoundException;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/**
 * Registers and finds clients. Each method is one transaction. A cart sees only the clients it
 * registered; another's client is reported as not existing.
 */
@Stateless
public class ClientRegistry {

  @Inject ClientRepository clients;

  @Inject Clock clock;

  public Client register(NewClient request, Caller caller) {
    return clients.store(
        Client.register(
            request.username(),
            request.email(),
            request.name(),
            caller.identifier(),
            clock.instant()));
  }

  public Client client(long id, Caller caller) {
    return clients
        .find(id)
        .filter(client -> caller.maySee(client.createdBy()))
        .orElseThrow(() -> new NotFoundException("client", id));
  }

  /** Changes the client's e-mail or name; the caller must be able to see the client. */
  public Client change(long id, ClientChange change, Caller caller) {
    Client client = client(id, caller);
    if (change.email() != null) {
      clients.requireEmailFree(Client.normalizedEmail(change.email()), client);
    }
    client.change(change);
    return clients.flushChanged(client);
  }

  /** The client with this e-mail, if the caller may see it. */
  public Optional<Client> clientByEmail(String email, Caller caller) {
    return clients.findByEmail(email).filter(client -> caller.maySee(client.createdBy()));
  }

  /** The clients the caller may see, all of them or (with a username) the one of that name. */
  /** The console's client list: see {@link ClientRepository#search}. Staff see every client. */
  public Page<Client> search(PageRequest page, String text) {
    return clients.search(page, text);
  }

  public Page<Client> clients(PageRequest page, String username, Caller caller) {
    return clients.list(page, caller.seesAll() ? null : caller.identifier(), username);
  }
}

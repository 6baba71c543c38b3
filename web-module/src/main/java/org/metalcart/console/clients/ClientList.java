package org.metalcart.console.clients;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.metalcart.clients.Client;
import org.metalcart.clients.ClientRegistry;
import org.metalcart.console.ListPage;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/** Clients, newest first, searched by username, e-mail or name. */
@Named
@RequestScoped
public class ClientList extends ListPage<Client> {

  @Inject ClientRegistry clients;

  @Override
  protected Page<Client> read(PageRequest request, String search) {
    return clients.search(request, search);
  }
}

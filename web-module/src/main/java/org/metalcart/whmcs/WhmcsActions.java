package org.metalcart.whmcs;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The actions Metalcart answers, by name (case-insensitive, as WHMCS reads them), each with who may
 * call it: what a cart may do is what it may do through the REST API.
 */
@ApplicationScoped
class WhmcsActions {

  /** An action: its WHMCS name, whether a cart credential may call it, and its command. */
  record Action(String name, boolean forCarts, WhmcsCommand command) {}

  @Inject ClientCommands clients;

  @Inject CatalogCommands catalog;

  @Inject OrderCommands orders;

  @Inject InvoiceCommands invoices;

  @Inject ServiceCommands services;

  private final Map<String, Action> byName = new HashMap<>();

  @PostConstruct
  void register() {
    cart("AddClient", clients::add);
    cart("GetClientsDetails", clients::details);
    cart("GetClients", clients::list);
    cart("GetProducts", catalog::products);
    cart("AddOrder", orders::add);
    admin("AcceptOrder", orders::accept);
    admin("CancelOrder", orders::cancel);
    admin("FraudOrder", orders::fraud);
    admin("PendingOrder", orders::pending);
    cart("GetOrders", orders::list);
    cart("GetInvoice", invoices::invoice);
    cart("GetInvoices", invoices::list);
    cart("AddInvoicePayment", invoices::pay);
    admin("GenInvoices", invoices::generate);
    cart("GetClientsProducts", services::products);
    admin("UpdateClientProduct", services::update);
    admin("ModuleCreate", services::create);
    admin("ModuleSuspend", services::suspend);
    admin("ModuleUnsuspend", services::unsuspend);
    admin("ModuleTerminate", services::terminate);
    // A customer portal's buttons: a cart on the services it sold (Renew stays with staff).
    cart("ModuleCustom", services::custom);
    cart("ModuleChangePw", services::changePassword);
    admin("GetModuleQueue", services::queue);
  }

  Optional<Action> named(String name) {
    return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
  }

  private void cart(String name, WhmcsCommand command) {
    byName.put(name.toLowerCase(Locale.ROOT), new Action(name, true, command));
  }

  private void admin(String name, WhmcsCommand command) {
    byName.put(name.toLowerCase(Locale.ROOT), new Action(name, false, command));
  }
}

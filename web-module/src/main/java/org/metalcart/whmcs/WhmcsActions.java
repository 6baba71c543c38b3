package org.metalcart.whmcs;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.metalcart.security.Permission;

/**
 * The actions Metalcart answers, by name (case-insensitive, as WHMCS reads them), each with the
 * permission it needs: a role may do here what it may do through the REST API.
 */
@ApplicationScoped
class WhmcsActions {

  /** An action: its WHMCS name, the permission it needs, and its command. */
  record Action(String name, Permission permission, WhmcsCommand command) {}

  @Inject ClientCommands clients;

  @Inject CatalogCommands catalog;

  @Inject OrderCommands orders;

  @Inject InvoiceCommands invoices;

  @Inject ServiceCommands services;

  private final Map<String, Action> byName = new HashMap<>();

  @PostConstruct
  void register() {
    action("AddClient", Permission.MANAGE_CLIENTS, clients::add);
    action("GetClientsDetails", Permission.READ, clients::details);
    action("GetClients", Permission.READ, clients::list);
    action("GetProducts", Permission.READ, catalog::products);
    action("AddOrder", Permission.PLACE_ORDERS, orders::add);
    action("AcceptOrder", Permission.REVIEW_ORDERS, orders::accept);
    action("CancelOrder", Permission.REVIEW_ORDERS, orders::cancel);
    action("FraudOrder", Permission.REVIEW_ORDERS, orders::fraud);
    action("PendingOrder", Permission.REVIEW_ORDERS, orders::pending);
    action("GetOrders", Permission.READ, orders::list);
    action("GetInvoice", Permission.READ, invoices::invoice);
    action("GetInvoices", Permission.READ, invoices::list);
    action("AddInvoicePayment", Permission.RECORD_PAYMENTS, invoices::pay);
    action("GenInvoices", Permission.GENERATE_INVOICES, invoices::generate);
    action("GetClientsProducts", Permission.READ, services::products);
    action("UpdateClientProduct", Permission.EDIT_SERVICES, services::update);
    action("ModuleCreate", Permission.RUN_MODULE_COMMANDS, services::create);
    action("ModuleSuspend", Permission.RUN_MODULE_COMMANDS, services::suspend);
    action("ModuleUnsuspend", Permission.RUN_MODULE_COMMANDS, services::unsuspend);
    action("ModuleTerminate", Permission.RUN_MODULE_COMMANDS, services::terminate);
    // A customer portal's buttons: a cart on the services it sold (Renew stays with staff).
    action("ModuleCustom", Permission.CONTROL_SERVERS, services::custom);
    action("ModuleChangePw", Permission.CONTROL_SERVERS, services::changePassword);
    action("GetModuleQueue", Permission.READ_OPERATIONS, services::queue);
  }

  Optional<Action> named(String name) {
    return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
  }

  private void action(String name, Permission permission, WhmcsCommand command) {
    byName.put(name.toLowerCase(Locale.ROOT), new Action(name, permission, command));
  }
}

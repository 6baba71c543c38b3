package org.metalcart.dcim;

import java.util.List;
import java.util.Optional;

/**
 * What Metalcart asks of DCImanager, whichever version answers. Ids are DCImanager's, opaque here.
 * Failures: {@link DcimRefusedException} (DCImanager said no), {@link DcimBusyException} (no, for
 * now: an operation runs on the server), {@link DcimUnavailableException} (nothing happened; a
 * retry is safe), {@link DcimTimeoutException} (the outcome is unknown).
 */
public interface DcimGateway {

  /** The client's account: by user name on DCImanager 5, by email on DCImanager 6. */
  Optional<DcimAccount> findAccount(AccountIdentity identity);

  DcimAccount createAccount(AccountIdentity identity, String fullName, String password);

  /**
   * The first free server whose Configuration or Server Type is {@code packageName}: no owner,
   * hostname {@code free.ds}, no hardware problem, not being diagnosed, not blocked, and no OS
   * install running (a server released while one runs must not be sold before it has finished).
   */
  default Optional<DcimServer> findFreeServer(String packageName) {
    return findFreeServers(packageName, 1).stream().findFirst();
  }

  /**
   * Up to {@code max} free servers of {@code packageName}, by the same rule as {@link
   * #findFreeServer}, in DCImanager's order. Concurrent provisionings each skip the servers that
   * another has already claimed in Metalcart but not yet taken in DCImanager.
   */
  List<DcimServer> findFreeServers(String packageName, int max);

  DcimServer server(String serverId);

  /**
   * Whether {@link #findFreeServers} already passes over every server with an operation running:
   * DCImanager 6 lists each server's operation; DCImanager 5's list shows an install, not a power
   * action, so a server it offers is looked at once more before it is taken.
   */
  boolean listsRunningOperations();

  /** Every server of the inventory, for reconciliation: read in pages where the API has them. */
  List<DcimServer> servers();

  /**
   * Whether DCImanager tells an install it never received from one that completed: DCImanager 6
   * shows a server's operation; DCImanager 5 shows only flags while an install runs or after it
   * failed, so no install and a finished one look alike there.
   */
  boolean tellsInstalls();

  /**
   * The addresses Metalcart allocated from pools on DCImanager 6, attached to a server or not (the
   * allocation notes them): an address allocated and then not attached, because provisioning
   * stopped between the two calls, is on no server's list. DCImanager 5 allocates an address to its
   * server in one call: none there.
   */
  List<AllocatedAddress> allocatedAddresses();

  /** Gives an address back to its pool (one no server has, see {@link #allocatedAddresses()}). */
  void releaseAddress(String addressId);

  /**
   * What DCImanager is doing on the server right now (an OS install, a power action, diagnostics),
   * or empty when nothing runs there. DCImanager refuses a second operation meanwhile, and a server
   * is neither taken nor released while one runs: an install still running would finish on the next
   * customer's server, with the last customer's password.
   */
  Optional<String> runningOperation(String serverId);

  /**
   * Gives the server to the account. Refused when someone else owns it; repeating it is harmless.
   */
  void assignOwner(String serverId, String accountId);

  /** The server gets "Without an owner". */
  void removeOwner(String serverId);

  /** A new address from the pool, added to the server with the hostname as its domain. */
  DcimIp allocateIp(String serverId, String pool, IpFamily family, String hostname);

  /** The hostname of the server: the domain of every address it has. */
  void setHostname(String serverId, String hostname);

  /** Starts installing the OS; returns DCImanager's operation id (may be empty on DCImanager 5). */
  String startOsInstall(String serverId, OsInstall install);

  InstallState installState(String serverId);

  void block(String serverId);

  void unblock(String serverId);

  void powerOn(String serverId);

  void powerOff(String serverId);

  void reboot(String serverId);

  /**
   * Returns the server to the free pool as the seed says: unblocked, powered off, every address but
   * its main one released, no owner, hostname {@code free.ds}. Refused with {@link
   * DcimBusyException}, before anything is changed, while an operation runs on the server; safe to
   * repeat.
   */
  void release(String serverId);

  /** Refuses, as DCImanager would, when an operation runs on the server. */
  static void requireIdle(DcimGateway gateway, String serverId) {
    gateway
        .runningOperation(serverId)
        .ifPresent(
            running -> {
              throw new DcimBusyException(
                  "operation", null, "server " + serverId + " is busy with " + running);
            });
  }

  /** The addresses of a server, its main one first. */
  List<DcimIp> ips(String serverId);

  /** The names of the OS templates DCImanager offers (a plan's template, a reinstall's choice). */
  List<String> osTemplates();

  /**
   * What a plan's Package Name can match, sorted: the Configurations DCImanager reports and, where
   * the generation has them (DCImanager 5), the Server Types of its servers.
   */
  List<String> packageNames();

  /**
   * The names of the address pools DCImanager allocates from (DCImanager 6: IPmanager's pools);
   * empty when the generation has no known call that lists them (DCImanager 5, whose address groups
   * are named by hand).
   */
  Optional<List<String>> addressPools();

  /**
   * Whether this DCImanager generation lets Metalcart set an account's password: DCImanager 5 does
   * ({@code user.edit}); for DCImanager 6 no call is known, and {@link #changeAccountPassword}
   * refuses.
   */
  boolean changesAccountPasswords();

  /** Sets the password of the client's DCImanager account, with which it signs in to the panel. */
  void changeAccountPassword(String accountId, String password);

  /**
   * A one-time link that signs the account in to DCImanager's own panel without its password:
   * DCImanager 5 {@code session.newkey} and {@code func=auth} with the key, DCImanager 6 the auth
   * service's key for the user and {@code /auth/key-v4/<key>}.
   */
  PanelLogin panelLogin(String accountId, String accountName);
}

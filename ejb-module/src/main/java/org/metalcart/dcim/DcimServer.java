package org.metalcart.dcim;

/**
 * A server as Metalcart sees it. {@code ownerAccountId} is null for a server without an owner.
 * DCImanager 6 does not report a Server Type; {@code type} is then null.
 */
public record DcimServer(
    String id,
    String name,
    String configuration,
    String type,
    String hostname,
    String ownerAccountId,
    boolean blocked,
    boolean hardwareProblem,
    boolean inDiagnostics,
    boolean poweredOn) {

  public static final String FREE_HOSTNAME = "free.ds";
}

package org.metalcart.dcim;

/**
 * A server as Metalcart sees it. {@code ownerAccountId} is null for a server without an owner.
 * DCImanager 6 does not report a Server Type; {@code type} is then null. {@code operationId} is the
 * operation DCImanager 6 shows on the server (its last OS install, or what runs now), null when it
 * shows none; DCImanager 5 shows no operations, and it is always null there. {@code addressIds} are
 * the ids of the server's addresses where the listing gives them (DCImanager 6), else empty.
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
    boolean poweredOn,
    String operationId,
    java.util.List<String> addressIds) {

  public static final String FREE_HOSTNAME = "free.ds";
}

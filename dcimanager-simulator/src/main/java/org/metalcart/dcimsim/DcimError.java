package org.metalcart.dcimsim;

/**
 * A refusal, in terms both APIs can render: DCImanager 5 as {@code <error type object><msg>},
 * DCImanager 6 as an HTTP status with {@code {"error":{"code","msg","value"}}}.
 */
final class DcimError extends RuntimeException {

  /**
   * The kinds of refusal, with their DCImanager 5 error type and DCImanager 6 HTTP status and code.
   */
  enum Kind {
    AUTH("auth", 401, 3001),
    ACCESS("access", 403, 3003),
    /** An unknown object id; DCImanager 5 says the object is missed. */
    NOT_FOUND("missed", 404, 2004),
    /** A required parameter is absent. */
    MISSING("missed", 400, 1001),
    /** A value is not acceptable; {@code object} names the field. */
    VALUE("value", 400, 1002),
    EXISTS("exists", 409, 1003),
    /** The object is in a state that does not allow the operation (a server owned by another). */
    BUSY("value", 409, 1004),
    /**
     * Another operation (an OS install, a power action, diagnostics) runs on the server.
     * ISPsystem's module knows it as {@code func_in_progress}; nothing was done, and the call may
     * be repeated once the operation has finished.
     */
    OPERATION_RUNNING("func_in_progress", 409, 1006),
    /** Failure injected through the control API. */
    INJECTED("value", 500, 5000);

    final String v5Type;
    final int httpStatus;
    final int v6Code;

    Kind(String v5Type, int httpStatus, int v6Code) {
      this.v5Type = v5Type;
      this.httpStatus = httpStatus;
      this.v6Code = v6Code;
    }
  }

  final Kind kind;
  final String object;

  DcimError(Kind kind, String object, String message) {
    super(message);
    this.kind = kind;
    this.object = object;
  }

  static DcimError notFound(String object, Object id) {
    return new DcimError(Kind.NOT_FOUND, object, object + " " + id + " not found");
  }

  static DcimError missing(String field) {
    return new DcimError(Kind.MISSING, field, "Field '" + field + "' is required");
  }

  static DcimError operationRunning(long serverId, String operation) {
    return new DcimError(
        Kind.OPERATION_RUNNING,
        "server",
        "An operation is already running on server " + serverId + ": " + operation);
  }

  static DcimError value(String field, String message) {
    return new DcimError(Kind.VALUE, field, message);
  }
}

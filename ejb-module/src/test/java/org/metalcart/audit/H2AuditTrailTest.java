package org.metalcart.audit;

import org.metalcart.platform.MigratedDatabase;

/** The audit trail on the embedded H2 database. */
class H2AuditTrailTest extends AuditTrailContract {

  @Override
  MigratedDatabase database() {
    return MigratedDatabase.h2();
  }
}

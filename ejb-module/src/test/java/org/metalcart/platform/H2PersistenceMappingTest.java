package org.metalcart.platform;

/** The mappings on H2, the embedded default. */
class H2PersistenceMappingTest extends PersistenceMappingContract {

  @Override
  MigratedDatabase database() {
    return MigratedDatabase.h2();
  }
}

package org.metalcart.platform;

/** The mappings on PostgreSQL, the production database (a throwaway database per test). */
class PostgresPersistenceMappingTest extends PersistenceMappingContract {

  @Override
  MigratedDatabase database() {
    return MigratedDatabase.postgres();
  }
}

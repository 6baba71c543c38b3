#!/usr/bin/env bash
# Configures a WildFly 39 installation for Metalcart: installs the PostgreSQL JDBC driver as a
# module and runs metalcart.cli (datasource, default bindings, batch job repository, MicroProfile
# Health / Fault Tolerance / OpenAPI, the API's security domain) with the offline CLI, on
# standalone-metalcart.xml, a copy of standalone-full.xml. Re-runnable; run it with the server
# stopped.
#
#   WILDFLY_HOME=/opt/wildfly POSTGRESQL_JAR=/path/postgresql-42.7.8.jar server-config/wildfly/configure.sh
#
# Nothing secret is needed here: the datasource reads METALCART_DB_* from the server's environment
# when it starts (see start.sh and metalcart.env.example).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
: "${WILDFLY_HOME:?set WILDFLY_HOME to the WildFly installation}"
: "${POSTGRESQL_JAR:?set POSTGRESQL_JAR to the PostgreSQL JDBC driver jar (org.postgresql:postgresql)}"

config="$WILDFLY_HOME/standalone/configuration"
if [ ! -f "$config/standalone-metalcart.xml" ]; then
  cp "$config/standalone-full.xml" "$config/standalone-metalcart.xml"
fi

module="$WILDFLY_HOME/modules/org/postgresql/main"
if [ ! -f "$module/module.xml" ]; then
  mkdir -p "$module"
  cp "$POSTGRESQL_JAR" "$module/postgresql.jar"
  cat >"$module/module.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<module xmlns="urn:jboss:module:1.9" name="org.postgresql">
  <resources>
    <resource-root path="postgresql.jar"/>
  </resources>
  <dependencies>
    <module name="java.sql"/>
    <module name="java.naming"/>
    <module name="java.logging"/>
    <module name="java.management"/>
    <module name="java.security.jgss"/>
    <module name="java.xml"/>
    <module name="jakarta.transaction.api"/>
  </dependencies>
</module>
XML
fi

"$WILDFLY_HOME/bin/jboss-cli.sh" --file="$here/metalcart.cli"
echo "WildFly at $WILDFLY_HOME is configured for Metalcart (standalone-metalcart.xml)."

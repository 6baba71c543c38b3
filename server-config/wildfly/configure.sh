#!/usr/bin/env bash
# Configures a WildFly 39 installation for Metalcart: installs the PostgreSQL JDBC driver as a
# module and runs metalcart.cli (datasource, default bindings, batch job repository, MicroProfile
# Health / Fault Tolerance / OpenAPI, the API's security domain) with the offline CLI, on
# standalone-metalcart.xml, a copy of standalone-full.xml. With the argument "ha", on
# standalone-metalcart-ha.xml instead, a copy of standalone-full-ha.xml, and cluster.cli after it
# (the cluster recipe, server-config/cluster/wildfly-cluster.sh). Re-runnable; run it with the
# server stopped.
#
#   WILDFLY_HOME=/opt/wildfly POSTGRESQL_JAR=/path/postgresql-42.7.8.jar server-config/wildfly/configure.sh [ha]
#
# Nothing secret is needed here: the datasource reads METALCART_DB_* from the server's environment
# when it starts (see start.sh and metalcart.env.example).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
: "${WILDFLY_HOME:?set WILDFLY_HOME to the WildFly installation}"
: "${POSTGRESQL_JAR:?set POSTGRESQL_JAR to the PostgreSQL JDBC driver jar (org.postgresql:postgresql)}"

case "${1:-full}" in
  full) profile=standalone-full.xml server_config=standalone-metalcart.xml scripts=(metalcart.cli) ;;
  ha) profile=standalone-full-ha.xml server_config=standalone-metalcart-ha.xml scripts=(metalcart.cli cluster.cli) ;;
  *) echo "usage: configure.sh [ha]" >&2; exit 2 ;;
esac
config="$WILDFLY_HOME/standalone/configuration"
if [ ! -f "$config/$server_config" ]; then
  cp "$config/$profile" "$config/$server_config"
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

# The scripts run in one embedded server, opened on the chosen configuration.
cli=$(mktemp)
trap 'rm -f "$cli"' EXIT
{
  echo "embed-server --server-config=$server_config --std-out=echo"
  for script in "${scripts[@]}"; do cat "$here/$script"; echo; done
  echo "stop-embedded-server"
} >"$cli"
"$WILDFLY_HOME/bin/jboss-cli.sh" --file="$cli"
echo "WildFly at $WILDFLY_HOME is configured for Metalcart ($server_config)."

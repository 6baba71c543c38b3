#!/usr/bin/env bash
# Starts WildFly with standalone-metalcart.xml (see configure.sh), deploys the Metalcart EAR and
# waits until Metalcart is ready. Exits non-zero, leaving the server running for inspection, when
# the deployment fails (a failed schema migration fails it) or readiness does not come.
#
#   WILDFLY_HOME=/opt/wildfly server-config/wildfly/start.sh ear/target/metalcart.ear
#
# Metalcart's settings (METALCART_DB_*, METALCART_DCIM_*, METALCART_API_ADMIN_*, ...) come from
# the environment, or from METALCART_ENV_FILE (see server-config/metalcart.env.example).
# METALCART_PORT_OFFSET shifts every port (HTTP 8080, management 9990). For the cluster recipe
# (server-config/cluster/wildfly-cluster.sh): METALCART_WILDFLY_CONFIG names the configuration
# (default standalone-metalcart.xml), METALCART_WILDFLY_BASE_DIR the server's own directory
# (configuration, data, log; default $WILDFLY_HOME/standalone), and METALCART_INSTANCE_NAME, when
# set, also becomes WildFly's node name. The server's process id is written to wildfly.pid there.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=server-config/lib/await-ready.sh
source "$here/../lib/await-ready.sh"
# shellcheck source=server-config/lib/settings.sh
source "$here/../lib/settings.sh"
: "${WILDFLY_HOME:?set WILDFLY_HOME to the WildFly installation}"
ear=${1:?usage: start.sh path/to/metalcart.ear}
ear=$(cd "$(dirname "$ear")" && pwd)/$(basename "$ear")
load_settings
offset=${METALCART_PORT_OFFSET:-0}
management=$((9990 + offset))
cli=("$WILDFLY_HOME/bin/jboss-cli.sh" --connect --controller="localhost:$management")

base=${METALCART_WILDFLY_BASE_DIR:-$WILDFLY_HOME/standalone}
options=(-c "${METALCART_WILDFLY_CONFIG:-standalone-metalcart.xml}" -Djboss.server.base.dir="$base"
  -Djboss.socket.binding.port-offset="$offset")
if [ -n "${METALCART_INSTANCE_NAME:-}" ]; then
  options+=(-Djboss.node.name="$METALCART_INSTANCE_NAME")
fi

if ! curl -s -o /dev/null "http://localhost:$management/health/live"; then
  echo "Starting WildFly (log: $base/log/server.log) ..."
  mkdir -p "$base/log"
  # In the background, the script relays signals to the server's JVM and writes its process id.
  LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$base/wildfly.pid" nohup "$WILDFLY_HOME/bin/standalone.sh" \
    "${options[@]}" >"$base/log/console.log" 2>&1 &
  wildfly=$!
  started=$(date +%s)
  # Booted means the server's own readiness check "server-state" is UP; the management port answers
  # earlier, and a deployment asked for then fails ("Timeout waiting for the system to boot").
  until [[ "$(curl -s "http://localhost:$management/health/ready")" =~ \"server-state\",\ ?\"status\":\ ?\"UP\" ]]; do
    if ! kill -0 "$wildfly" 2>/dev/null || [ $(($(date +%s) - started)) -gt 120 ]; then
      echo "WildFly did not start; the end of its log:" >&2
      grep -E "ERROR|FATAL|Caused by" "$base/log/server.log" | tail -10 >&2
      exit 1
    fi
    sleep 1
  done
fi

echo "Deploying $ear ..."
# The CLI waits for the deployment and rolls it back when it fails (a failed migration fails it).
if ! "${cli[@]}" --command="deploy $ear --name=metalcart.ear --force"; then
  echo "The deployment of Metalcart failed; see $base/log/server.log" >&2
  exit 1
fi
await_ready "http://localhost:$management/health/ready" "${METALCART_READY_SECONDS:-120}"
echo "Metalcart is ready: http://localhost:$((8080 + offset))/api/v1 (health: http://localhost:$management/health)"

#!/usr/bin/env bash
# The cluster recipe for the EAR on WildFly: several WildFly servers on one host, each with a
# directory of its own, running the HA profile (standalone-metalcart-ha.xml, made by
# `server-config/wildfly/configure.sh ha`), sharing one PostgreSQL database, behind HAProxy. The
# servers form a JGroups cluster over TCP; its Infinispan cache "web" keeps the console's sessions
# (two owners), so a member of staff stays signed in when their instance dies. Everything else
# they share through the database, as the Payara Micro recipe (micro-cluster.sh) does.
#
# Usage: server-config/cluster/wildfly-cluster.sh start | stop | status | kill N | restart N
#   start      starts the servers, deploys the EAR on each and waits until each is ready, then
#              starts the balancer
#   stop       stops the balancer and the servers (SIGTERM: an orderly shutdown)
#   status     the balancer's view of each instance (UP / DOWN)
#   kill N     kills server N with SIGKILL: the failure drill (no shutdown, no last write)
#   restart N  starts server N again (after kill); it recovers its transactions and resumes what
#              it held when it died
#
# WILDFLY_HOME names the WildFly installation, configured once with `configure.sh ha`. Metalcart's
# settings come from the environment, or the file METALCART_ENV_FILE names, the same for all
# servers; JAVA_OPTS / JBOSS_JAVA_SIZING as for WildFly's standalone.sh. The recipe's own, with
# their defaults:
#   METALCART_CLUSTER_SIZE=2                 how many servers
#   METALCART_CLUSTER_PORT=8080              the balancer: the one address of the shop
#   METALCART_CLUSTER_PORT_OFFSET=100        server N runs with the port offset N x this: HTTP
#                                            8080 + offset, management (and /health) 9990 +
#                                            offset, JGroups 7600 + offset
#   METALCART_CLUSTER_STATS_PORT=8404        HAProxy's status page, on 127.0.0.1 only
#   METALCART_CLUSTER_DIR=$WILDFLY_HOME/metalcart-cluster   one directory per server
#                                            (metalcart-N: configuration, data with the
#                                            transaction log, log), haproxy.cfg
#   METALCART_EAR=ear/target/metalcart.ear   the archive deployed
# Server N is named metalcart-N: its JGroups and transaction node name, and the name its leases
# carry (METALCART_INSTANCE_NAME), so that, restarted, it resumes at once what it held.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=server-config/lib/settings.sh
source server-config/lib/settings.sh
# shellcheck source=server-config/cluster/recipe.sh
source server-config/cluster/recipe.sh
load_settings
: "${WILDFLY_HOME:?set WILDFLY_HOME to the WildFly installation (configured with configure.sh ha)}"

size=${METALCART_CLUSTER_SIZE:-2}
port=${METALCART_CLUSTER_PORT:-8080}
step=${METALCART_CLUSTER_PORT_OFFSET:-100}
stats_port=${METALCART_CLUSTER_STATS_PORT:-8404}
dir=${METALCART_CLUSTER_DIR:-$WILDFLY_HOME/metalcart-cluster}
ear=${METALCART_EAR:-ear/target/metalcart.ear}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

offset() { echo $(($1 * step)); }

# Starts server N in the background (start.sh: boot, deploy, wait until ready); its output goes
# to DIR/metalcart-N-start.log and the start.sh process id to DIR/metalcart-N-start.pid.
start_instance() {
  local n=$1 name="metalcart-$1" base="$dir/metalcart-$1" members="" m
  for m in $(seq 1 "$size"); do members+="${members:+,}127.0.0.1[$((7600 + $(offset "$m")))]"; done
  if (echo >"/dev/tcp/127.0.0.1/$((8080 + $(offset "$n")))") 2>/dev/null; then
    echo "Port $((8080 + $(offset "$n"))) (server $n) is in use; stop what listens there or set METALCART_CLUSTER_PORT_OFFSET." >&2
    return 1
  fi
  # The server's own directory keeps its data (the transaction log a restart recovers from); the
  # configuration is taken afresh from the installation, which configure.sh maintains.
  mkdir -p "$base/deployments" "$base/log"
  cp -r "$WILDFLY_HOME/standalone/configuration/." "$base/configuration/"
  METALCART_INSTANCE_NAME=$name METALCART_CLUSTER_MEMBERS=$members METALCART_PORT_OFFSET=$(offset "$n") \
    METALCART_WILDFLY_CONFIG=standalone-metalcart-ha.xml METALCART_WILDFLY_BASE_DIR=$base \
    server-config/wildfly/start.sh "$ear" >"$dir/$name-start.log" 2>&1 &
  echo $! >"$dir/$name-start.pid"
  echo "Starting $name on port $((8080 + $(offset "$n"))) (log: $base/log/server.log)"
}

await_instance() {
  local n=$1
  if ! wait "$(cat "$dir/metalcart-$n-start.pid")"; then
    echo "Server $n did not start Metalcart:" >&2
    tail -15 "$dir/metalcart-$n-start.log" >&2
    return 1
  fi
  rm -f "$dir/metalcart-$n-start.pid"
  echo "metalcart-$n is ready"
}

balancer_servers() {
  for n in $(seq 1 "$size"); do
    echo "metalcart-$n 127.0.0.1:$((8080 + $(offset "$n"))) $((9990 + $(offset "$n")))"
  done
}

pid_file() { echo "$dir/metalcart-$1/wildfly.pid"; }

cluster_command "$@"

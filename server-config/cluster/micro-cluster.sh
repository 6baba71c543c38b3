#!/usr/bin/env bash
# The cluster recipe on Payara Micro: several Metalcart instances on one host, sharing one
# PostgreSQL database, behind HAProxy. The instances form Payara Micro's data grid (Hazelcast),
# which keeps the console's sessions, so a member of staff stays signed in when their instance
# dies. Everything else they share through the database: orders, payments, the provisioning
# leases, the job leases and the queue of module tasks, e-mails and webhook deliveries.
#
# Usage: server-config/cluster/micro-cluster.sh start | stop | status | kill N | restart N
#   start      starts the instances, waits until each is ready, then starts the balancer
#   stop       stops the balancer and the instances (SIGTERM)
#   status     the balancer's view of each instance (UP / DOWN)
#   kill N     kills instance N with SIGKILL: the failure drill (no shutdown, no last write)
#   restart N  starts instance N again (after kill); it resumes what it held when it died
#
# Settings come from the environment, or the file METALCART_ENV_FILE names (template:
# server-config/metalcart.env.example): METALCART_DB_* and every other Metalcart setting, the same
# for all instances. The recipe's own, with their defaults:
#   METALCART_CLUSTER_SIZE=2                 how many instances
#   METALCART_CLUSTER_PORT=8080              the balancer: the one address of the shop for
#                                            browsers, carts and payment callbacks
#   METALCART_CLUSTER_FIRST_PORT=8081        instance N listens on FIRST_PORT + N - 1
#   METALCART_CLUSTER_STATS_PORT=8404        HAProxy's status page, on 127.0.0.1 only
#   METALCART_CLUSTER_GRID_PORT=6900         the data grid's first port (one per instance)
#   METALCART_CLUSTER_DIR=micro/target/cluster   logs, pid files and haproxy.cfg
#   METALCART_JAVA_OPTS                      JVM options of each instance
# Instance N is named metalcart-N (METALCART_INSTANCE_NAME): the name its leases carry, so that,
# restarted, it resumes at once what it held, while the others wait for those leases to run out.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=server-config/lib/settings.sh
source server-config/lib/settings.sh
# shellcheck source=server-config/lib/await-ready.sh
source server-config/lib/await-ready.sh
# shellcheck source=server-config/cluster/recipe.sh
source server-config/cluster/recipe.sh
load_settings

size=${METALCART_CLUSTER_SIZE:-2}
port=${METALCART_CLUSTER_PORT:-8080}
first_port=${METALCART_CLUSTER_FIRST_PORT:-8081}
stats_port=${METALCART_CLUSTER_STATS_PORT:-8404}
grid_port=${METALCART_CLUSTER_GRID_PORT:-6900}
dir=${METALCART_CLUSTER_DIR:-micro/target/cluster}
war=${METALCART_WAR:-micro/target/metalcart.war}
micro=${METALCART_MICRO_JAR:-micro/target/payara-micro.jar}
driver=${METALCART_POSTGRESQL_JAR:-micro/target/postgresql.jar}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

instance_port() { echo $((first_port + $1 - 1)); }

start_instance() {
  local n=$1 name="metalcart-$1" http members=""
  http=$(instance_port "$n")
  for m in $(seq 0 $((size - 1))); do members+="${members:+,}127.0.0.1:$((grid_port + m))"; done
  if (echo >"/dev/tcp/127.0.0.1/$http") 2>/dev/null; then
    echo "Port $http (instance $n) is in use; stop what listens there or set METALCART_CLUSTER_FIRST_PORT." >&2
    return 1
  fi
  # The data grid: members found by TCP on this host's loopback, one grid port per instance (no
  # multicast, which many networks drop). Host-aware partitioning is off because all
  # members share one host: with it on, Hazelcast keeps no backup of a session on another member
  # of the same host, and the sessions of a killed instance would die with it.
  # shellcheck disable=SC2086 # the JVM options are a list of words
  METALCART_INSTANCE_NAME=$name setsid java ${METALCART_JAVA_OPTS:-} -jar "$micro" \
    --deploy "$war" --contextroot / --port "$http" --name "$name" \
    --clustername metalcart --clustermode "tcpip:$members" \
    --startport "$grid_port" --interfaces 127.0.0.1 --nohostaware \
    --addLibs "$driver" \
    --prebootcommandfile server-config/payara-micro/preboot.asadmin \
    --postbootcommandfile server-config/payara-micro/postgresql.asadmin \
    --disablephonehome >>"$dir/$name.log" 2>&1 </dev/null &
  echo $! >"$dir/$name.pid"
  echo "Started $name on port $http (log: $dir/$name.log)"
}

await_instance() {
  local n=$1 pid
  pid=$(cat "$dir/metalcart-$n.pid")
  # Payara Micro exits when it cannot boot: no need to wait out the patience then.
  (while kill -0 "$pid" 2>/dev/null; do sleep 1; done; echo "metalcart-$n exited" >"$dir/metalcart-$n.exited") &
  local watcher=$!
  rm -f "$dir/metalcart-$n.exited"
  if ! METALCART_READY_GIVE_UP="$dir/metalcart-$n.exited" await_ready "http://127.0.0.1:$(instance_port "$n")/health/ready" "${METALCART_READY_SECONDS:-240}"; then
    echo "Instance $n did not become ready; the end of its log:" >&2
    grep -E "SEVERE|Caused by" "$dir/metalcart-$n.log" | tail -10 >&2 || tail -30 "$dir/metalcart-$n.log" >&2
    kill "$watcher" 2>/dev/null || true
    return 1
  fi
  kill "$watcher" 2>/dev/null || true
}

balancer_servers() {
  for n in $(seq 1 "$size"); do echo "metalcart-$n 127.0.0.1:$(instance_port "$n")"; done
}

pid_file() { echo "$dir/metalcart-$1.pid"; }

cluster_command "$@"

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

write_balancer_config() {
  {
    cat <<CFG
# Written by server-config/cluster/micro-cluster.sh; changes here are overwritten at each start.
global
    maxconn 4096

defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    timeout http-keep-alive 10s
    # A request that could not reach its instance (it died) is sent to another one.
    option redispatch
    retries 2

frontend metalcart
    bind :${port}
    option forwardfor
    # A client asking to upgrade to cleartext HTTP/2 (h2c; Java's HttpClient does by default) is
    # answered in HTTP/1.1: Payara would accept the upgrade, and the connection would become a
    # tunnel the balancer no longer reads, losing the session stickiness and the health rules.
    http-request del-header HTTP2-Settings
    http-request del-header Upgrade if { req.hdr(Upgrade) -m sub -i h2c }
    default_backend instances

backend instances
    balance roundrobin
    # Sent again, to another instance: a request whose connection failed, and a GET or HEAD
    # that a kept-alive connection to a killed instance answered with nothing. Other requests
    # may have been acted on before the instance died, so they are not sent twice: the client
    # sees 502 and retries as after any network error (orders and payments are idempotent).
    retry-on conn-failure empty-response response-timeout
    http-request disable-l7-retry unless METH_GET || METH_HEAD
    # An instance takes requests only while Metalcart says it is ready (its database answers and
    # its schema is migrated): two failed checks a second apart take it out, two good ones back.
    option httpchk GET /health/ready
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
    # A console session stays with the instance that signed it in, while that instance lives
    # (the session cookie's value carries the instance's name). The API makes no session, so
    # programs are balanced request by request.
    cookie JSESSIONID prefix nocache
CFG
    for n in $(seq 1 "$size"); do
      echo "    server metalcart-$n 127.0.0.1:$(instance_port "$n") check cookie metalcart-$n"
    done
    cat <<CFG

listen stats
    bind 127.0.0.1:${stats_port}
    stats enable
    stats uri /
    stats refresh 5s
CFG
  } >"$dir/haproxy.cfg"
}

start_balancer() {
  haproxy -D -f "$dir/haproxy.cfg" -p "$dir/haproxy.pid"
  echo "HAProxy on port $port in front of $size instances (status: http://127.0.0.1:$stats_port/)"
}

stop_pid() {
  local file=$1 signal=${2:-TERM} pid
  [ -f "$file" ] || return 0
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    kill -"$signal" "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

case "${1:-}" in
  start)
    bash setup/install-haproxy.sh
    write_balancer_config
    haproxy -c -q -f "$dir/haproxy.cfg"
    trap 'echo "Stopping what was started ..." >&2; "$0" stop' ERR
    for n in $(seq 1 "$size"); do start_instance "$n"; done
    for n in $(seq 1 "$size"); do await_instance "$n"; done
    start_balancer
    trap - ERR
    echo "Metalcart is ready at http://localhost:$port/ ($size instances)."
    ;;
  stop)
    stop_pid "$dir/haproxy.pid"
    for pid_file in "$dir"/metalcart-*.pid; do stop_pid "$pid_file"; done
    ;;
  status)
    curl -s "http://127.0.0.1:$stats_port/;csv" | awk -F, '$1 == "instances" && $2 != "BACKEND" { print $2, $18 }'
    ;;
  kill)
    n=${2:?usage: micro-cluster.sh kill N}
    kill -KILL "$(cat "$dir/metalcart-$n.pid")"
    echo "Killed metalcart-$n (SIGKILL)"
    ;;
  restart)
    n=${2:?usage: micro-cluster.sh restart N}
    stop_pid "$dir/metalcart-$n.pid" KILL
    start_instance "$n"
    await_instance "$n"
    ;;
  *)
    sed -n '2,/^set -euo/p' "$0" | sed '$d' >&2
    exit 2
    ;;
esac

#!/usr/bin/env bash
# Builds Metalcart when its sources changed and runs it with its embedded defaults:
# Payara Micro, the built-in H2 database, demo tariff plans and credentials, and the DCImanager
# simulator with its demo inventory. Ctrl-C stops everything it started.
#
# METALCART_DATA_DIR=dir  keeps the demo database in dir across runs (else it is discarded).
# METALCART_DCIM_URL=url  uses that DCImanager (or a simulator started separately) and starts no
#                         simulator; METALCART_DCIM_USERNAME / _PASSWORD default to the simulator's.
# METALCART_SMTP_HOST=h   sends the e-mails through that mail server (METALCART_SMTP_PORT ...) and
#                         starts no demo mailbox; else they land in the demo mailbox, readable at
#                         http://localhost:8025/.
set -euo pipefail
cd "$(dirname "$0")"
# shellcheck source=server-config/payara-micro/demo.env
source server-config/payara-micro/demo.env

WAR=micro/target/metalcart.war
MICRO=micro/target/payara-micro.jar
SIMULATOR=dcimanager-simulator/target/dcimanager-simulator.jar
MAILBOX=demo-mailbox/target/demo-mailbox.jar
MAILBOX_LOG=demo-mailbox/target/mailbox.log
LOG=micro/target/metalcart.log
SIMULATOR_LOG=dcimanager-simulator/target/simulator.log
BASE="http://localhost:${METALCART_PORT}"
if [ -n "${METALCART_DCIM_URL:-}" ]; then
  DCIM="$METALCART_DCIM_URL" START_SIMULATOR=false
else
  DCIM="http://127.0.0.1:${METALCART_SIMULATOR_PORT}" START_SIMULATOR=true
fi
if [ -n "${METALCART_SMTP_HOST:-}" ]; then
  START_MAILBOX=false MAILBOX_URL="(e-mails go through ${METALCART_SMTP_HOST})"
else
  START_MAILBOX=true MAILBOX_URL="http://localhost:${METALCART_MAILBOX_PORT}/"
fi

stale() {
  [ ! -f "$WAR" ] || [ ! -f "$MICRO" ] || [ ! -f "$SIMULATOR" ] || [ ! -f "$MAILBOX" ] && return 0
  [ -n "$(find . -path '*/target' -prune -o \( -path '*/src/*' -o -name pom.xml \) -newer "$WAR" -print -quit)" ]
}

if stale; then
  echo "Building Metalcart (./mvnw package, tests skipped) ..."
  ./mvnw -q -B package -DskipTests
fi

ports=("$BASE")
[ "$START_SIMULATOR" = true ] && ports+=("$DCIM")
[ "$START_MAILBOX" = true ] && ports+=("$MAILBOX_URL")
for url in "${ports[@]}"; do
  if curl -s -o /dev/null "$url" 2>/dev/null; then
    echo "${url} is already in use; set METALCART_PORT, METALCART_SIMULATOR_PORT or METALCART_MAILBOX_PORT to a free port." >&2
    exit 1
  fi
done

started=$(date +%s)
pids=()
stop() {
  trap - INT TERM EXIT
  echo "Stopping Metalcart, the DCImanager simulator and the demo mailbox ..."
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop INT TERM EXIT

if [ "$START_SIMULATOR" = true ]; then
  echo "Starting the DCImanager simulator with its demo inventory (log: $SIMULATOR_LOG) ..."
  java -jar "$SIMULATOR" --port "$METALCART_SIMULATOR_PORT" >"$SIMULATOR_LOG" 2>&1 &
  pids+=($!)
  until grep -q "simulator ready" "$SIMULATOR_LOG"; do
    if ! kill -0 "${pids[0]}" 2>/dev/null; then
      echo "The DCImanager simulator did not start:" >&2
      cat "$SIMULATOR_LOG" >&2
      exit 1
    fi
    sleep 0.1
  done
else
  echo "Using the DCImanager at $DCIM (no simulator started)."
fi

if [ "$START_MAILBOX" = true ]; then
  echo "Starting the demo mailbox, which receives the demo's e-mails (log: $MAILBOX_LOG) ..."
  java -jar "$MAILBOX" --smtp-port "$METALCART_MAILBOX_SMTP_PORT" --http-port "$METALCART_MAILBOX_PORT" \
    >"$MAILBOX_LOG" 2>&1 &
  pids+=($!)
  until grep -q "demo mailbox ready" "$MAILBOX_LOG"; do
    if ! kill -0 "${pids[-1]}" 2>/dev/null; then
      echo "The demo mailbox did not start (is port $METALCART_MAILBOX_SMTP_PORT free?):" >&2
      cat "$MAILBOX_LOG" >&2
      exit 1
    fi
    sleep 0.1
  done
  export METALCART_SMTP_HOST=127.0.0.1 METALCART_SMTP_PORT="$METALCART_MAILBOX_SMTP_PORT"
  export METALCART_MAIL_FROM="${METALCART_MAIL_FROM:-billing@metalcart.demo}"
  export METALCART_MAIL_STAFF_ADDRESS="${METALCART_MAIL_STAFF_ADDRESS:-staff@metalcart.demo}"
  # The demo cart's webhook endpoint is the mailbox's /webhooks, on loopback: allowed here only.
  export METALCART_WEBHOOKS_ALLOWED_PRIVATE_HOSTS="${METALCART_WEBHOOKS_ALLOWED_PRIVATE_HOSTS:-127.0.0.1}"
fi

# The demo database lives in Payara Micro's temporary directory unless METALCART_DATA_DIR names a
# folder to keep it in: then a restart (even after kill -9) finds it, and unfinished provisioning
# resumes at once.
# Metalcart serves /openapi itself; Payara's own endpoint steps aside (see the file).
boot_commands=(--prebootcommandfile server-config/payara-micro/preboot.asadmin)
if [ -n "${METALCART_DATA_DIR:-}" ]; then
  mkdir -p "$METALCART_DATA_DIR"
  data_dir=$(cd "$METALCART_DATA_DIR" && pwd)
  printf 'set resources.jdbc-connection-pool.H2Pool.property.URL=jdbc:h2:%s/metalcart;AUTO_SERVER=TRUE\n' \
    "$data_dir" >micro/target/keep-database.asadmin
  boot_commands+=(--postbootcommandfile micro/target/keep-database.asadmin)
  echo "The demo database is kept in $data_dir."
fi

# Metalcart talks to the simulator as to a real DCImanager 6 (its demo administrator).
export METALCART_DCIM_URL="$DCIM" METALCART_DCIM_API_VERSION="${METALCART_DCIM_API_VERSION:-v6}"
export METALCART_DCIM_USERNAME="${METALCART_DCIM_USERNAME:-admin@dcim.example.net}"
export METALCART_DCIM_PASSWORD="${METALCART_DCIM_PASSWORD:-simulator-admin-pw}"

echo "Starting Metalcart on Payara Micro (log: $LOG) ..."
# shellcheck disable=SC2086 # the JVM options are a list of words
java $METALCART_JAVA_OPTS -jar "$MICRO" --deploy "$WAR" --contextroot / \
  --port "$METALCART_PORT" --nocluster --disablephonehome ${boot_commands[@]+"${boot_commands[@]}"} >"$LOG" 2>&1 &
micro=$!
pids+=("$micro")

# Ready means the application is deployed, its schema migrated and its database answering. Payara
# Micro keeps running when the deployment fails, so the process alone proves nothing.
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready")" = 200 ]; do
  if ! kill -0 "$micro" 2>/dev/null || grep -q "Exception while loading the app" "$LOG" \
      || [ $(($(date +%s) - started)) -gt 180 ]; then
    echo "Metalcart did not start. The end of $LOG:" >&2
    grep -E "SEVERE|Caused by|IllegalStateException" "$LOG" | tail -15 >&2 || tail -30 "$LOG" >&2
    exit 1
  fi
  sleep 0.5
done

# The demo cart's webhook endpoint: the mailbox's /webhooks, registered afresh at every start (a
# secret is shown once) and handed to the mailbox, which checks each delivery's signature with it.
if [ "$START_MAILBOX" = true ] && [ "${METALCART_DEMO_ENABLED}" = true ]; then
  hook_url="http://127.0.0.1:${METALCART_MAILBOX_PORT}/webhooks"
  cart=(-s -u demo-cart:metalcart-demo-cart)
  for id in $(curl "${cart[@]}" "$BASE/api/v1/webhooks?limit=100" \
      | grep -o "\"id\":[0-9]*,[^}]*\"url\":\"${hook_url}\"" | grep -o '^"id":[0-9]*' | cut -d: -f2); do
    curl "${cart[@]}" -o /dev/null -X DELETE "$BASE/api/v1/webhooks/$id"
  done
  secret=$(curl "${cart[@]}" -H 'Content-Type: application/json' -d "{\"url\":\"${hook_url}\",\"description\":\"demo\"}" \
    "$BASE/api/v1/webhooks" | grep -o '"secret":"[^"]*"' | cut -d'"' -f4)
  if [ -n "$secret" ]; then
    curl -s -o /dev/null -X PUT --data "$secret" "http://127.0.0.1:${METALCART_MAILBOX_PORT}/webhooks/secret"
  else
    echo "The demo webhook endpoint could not be registered." >&2
  fi
fi

cat <<INFO

Metalcart is ready after $(($(date +%s) - started)) s:
  Console   $BASE/              sign in as demo / metalcart-demo-staff
  API       $BASE/api/v1        e.g. curl -u admin:metalcart-demo-admin $BASE/api/v1/products
  OpenAPI   $BASE/openapi
  Health    $BASE/health/ready  and  $BASE/health/live
  DCImanager simulator  $DCIM  (v5: /dcimgr, v6: /api/dci/v3, control: /control/state)
  Demo mailbox  $MAILBOX_URL  every e-mail Metalcart sends (welcome, invoices ...), and the
                demo cart's webhooks with their signatures checked
Demo API credentials (HTTP Basic): admin / metalcart-demo-admin (role admin),
                                   demo-cart / metalcart-demo-cart (role cart).
Unless METALCART_DATA_DIR is set, the demo database is discarded when it stops, and so is the
simulator's inventory. Press Ctrl-C to stop.
INFO
wait "$micro"

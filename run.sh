#!/usr/bin/env bash
# Builds Metalcart when its sources changed and runs it with its embedded defaults:
# Payara Micro, the built-in H2 database, demo tariff plans and credentials.
# Ctrl-C stops everything it started.
set -euo pipefail
cd "$(dirname "$0")"
# shellcheck source=server-config/payara-micro/demo.env
source server-config/payara-micro/demo.env

WAR=micro/target/metalcart.war
MICRO=micro/target/payara-micro.jar
LOG=micro/target/metalcart.log
BASE="http://localhost:${METALCART_PORT}"

stale() {
  [ ! -f "$WAR" ] || [ ! -f "$MICRO" ] && return 0
  [ -n "$(find . -path '*/target' -prune -o \( -path '*/src/*' -o -name pom.xml \) -newer "$WAR" -print -quit)" ]
}

if stale; then
  echo "Building Metalcart (./mvnw package, tests skipped) ..."
  ./mvnw -q -B package -DskipTests
fi

if curl -s -o /dev/null "$BASE" 2>/dev/null; then
  echo "Port ${METALCART_PORT} is already in use; set METALCART_PORT to another port." >&2
  exit 1
fi

echo "Starting Metalcart on Payara Micro (log: $LOG) ..."
started=$(date +%s)
# shellcheck disable=SC2086 # the JVM options are a list of words
java $METALCART_JAVA_OPTS -jar "$MICRO" --deploy "$WAR" --contextroot / \
  --port "$METALCART_PORT" --nocluster --disablephonehome >"$LOG" 2>&1 &
micro=$!
stop() {
  trap - INT TERM EXIT
  if kill -0 "$micro" 2>/dev/null; then
    echo "Stopping Metalcart ..."
    kill "$micro" 2>/dev/null || true
    wait "$micro" 2>/dev/null || true
  fi
}
trap stop INT TERM EXIT

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

cat <<INFO

Metalcart is ready after $(($(date +%s) - started)) s:
  API       $BASE/api/v1        e.g. curl -u admin:metalcart-demo-admin $BASE/api/v1/products
  OpenAPI   $BASE/openapi
  Health    $BASE/health/ready  and  $BASE/health/live
Demo credentials (HTTP Basic): admin / metalcart-demo-admin (role admin),
                               demo-cart / metalcart-demo-cart (role cart).
The demo database is discarded when Metalcart stops. Press Ctrl-C to stop.
INFO
wait "$micro"

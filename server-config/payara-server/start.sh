#!/usr/bin/env bash
# Starts the Payara Server domain (when it is not running) with Metalcart's environment, deploys
# the Metalcart EAR and waits until Metalcart is ready. Exits non-zero when the deployment fails
# (a failed schema migration fails it: Payara then keeps no application) or readiness does not
# come.
#
#   PAYARA_HOME=/opt/payara6 server-config/payara-server/start.sh ear/target/metalcart.ear
#
# Metalcart's settings (METALCART_DB_*, METALCART_DCIM_*, METALCART_API_ADMIN_*, ...) come from
# the environment, or from METALCART_ENV_FILE (see server-config/metalcart.env.example). The
# domain must have been configured once (configure.sh). A domain already running keeps the
# environment it was started with.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=server-config/lib/await-ready.sh
source "$here/../lib/await-ready.sh"
# shellcheck source=server-config/lib/settings.sh
source "$here/../lib/settings.sh"
: "${PAYARA_HOME:?set PAYARA_HOME to the Payara Server installation (the folder with bin/asadmin)}"
ear=${1:?usage: start.sh path/to/metalcart.ear}
domain=${PAYARA_DOMAIN:-domain1}
asadmin=("$PAYARA_HOME/bin/asadmin" --interactive=false)
load_settings

ensure_payara_domain "${asadmin[@]}" "$domain"

echo "Deploying $ear ..."
# asadmin waits for the deployment; when it fails, nothing of it stays deployed, except that
# Payara (6.2025.9) keeps the failed application's health checks registered, and they fail every
# health request from then on, also for the next, good deployment. A restart clears them; Metalcart
# is then reported not ready (readiness without checks is DOWN, see configure.sh).
if ! "${asadmin[@]}" deploy --force=true --name metalcart "$ear"; then
  echo "The deployment of Metalcart failed; see $PAYARA_HOME/glassfish/domains/$domain/logs/server.log" >&2
  "${asadmin[@]}" restart-domain "$domain" >/dev/null
  exit 1
fi
http=${METALCART_HTTP_URL:-http://localhost:8080}
await_ready "$http/health/ready" "${METALCART_READY_SECONDS:-120}"
echo "Metalcart is ready: $http/api/v1 (health: $http/health)"

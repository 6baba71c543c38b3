#!/usr/bin/env bash
# Stops the Payara Server domain that start.sh started.
set -euo pipefail
: "${PAYARA_HOME:?set PAYARA_HOME to the Payara Server installation (the folder with bin/asadmin)}"
"$PAYARA_HOME/bin/asadmin" --interactive=false stop-domain "${PAYARA_DOMAIN:-domain1}"

#!/usr/bin/env bash
# The seed's first sale (AddClient, AddOrder, AddInvoicePayment, GetClientsProducts until Active)
# made against a running Metalcart by two WHMCS API clients from npm, unchanged: `whmcs` (POST form
# bodies, username/password) and `whmcs-api` (everything in a GET query string, lists as repeated
# keys). Start Metalcart first (./run.sh); then:
#   smoke-tests/whmcs-clients/first-sale.sh [http://localhost:8080/includes/api.php]
# Credentials: WHMCS_IDENTIFIER / WHMCS_SECRET (default: the demo cart). Needs Node.js and npm.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --silent
node first-sale.js "${1:-http://localhost:8080/includes/api.php}"

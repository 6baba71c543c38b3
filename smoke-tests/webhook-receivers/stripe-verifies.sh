#!/usr/bin/env bash
# Metalcart's webhook signatures checked by Stripe's own Node library (stripe.webhooks.constructEvent),
# unchanged: a receiver registers itself, the demo cart makes the seed's first sale, and every event
# must verify. Start Metalcart first (./run.sh, which allows endpoints on 127.0.0.1); then:
#   smoke-tests/webhook-receivers/stripe-verifies.sh [http://localhost:8080]
# Credentials: CART_IDENTIFIER / CART_SECRET (default: the demo cart). Needs Node.js and npm.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --silent
node stripe-verifies.mjs "${1:-http://localhost:8080}"

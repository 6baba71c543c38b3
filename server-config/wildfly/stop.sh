#!/usr/bin/env bash
# Stops the WildFly that start.sh started (METALCART_PORT_OFFSET as there).
set -euo pipefail
: "${WILDFLY_HOME:?set WILDFLY_HOME to the WildFly installation}"
"$WILDFLY_HOME/bin/jboss-cli.sh" --connect --controller="localhost:$((9990 + ${METALCART_PORT_OFFSET:-0}))" \
  --command=":shutdown" >/dev/null

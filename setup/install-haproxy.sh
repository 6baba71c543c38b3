#!/usr/bin/env bash
# Makes sure HAProxy, the load balancer of the cluster recipe (server-config/cluster), is on this
# machine: Debian's package. Run by server-config/cluster/micro-cluster.sh before it starts the
# balancer, and safe to run again: it installs only when haproxy is missing. Debian's default
# configuration has no frontend: an haproxy service the package may start binds no port, and the
# recipe runs a balancer of its own.
set -euo pipefail

if command -v haproxy >/dev/null 2>&1; then
  exit 0
fi

bash "$(dirname "$0")/apt-install.sh" "the cluster recipe" haproxy
haproxy -v | head -1

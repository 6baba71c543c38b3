#!/usr/bin/env bash
# Makes sure HAProxy, the load balancer of the cluster recipe (server-config/cluster), is on this
# machine: Debian's package. Run by server-config/cluster/micro-cluster.sh before it starts the
# balancer, and safe to run again: it installs only when haproxy is missing.
set -euo pipefail

if command -v haproxy >/dev/null 2>&1; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "The cluster recipe needs HAProxy (2.4 or later) on the PATH; this machine has no apt-get" >&2
  echo "to install it. Install it with the system's package manager." >&2
  exit 1
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "Installing haproxy needs root (or sudo): apt-get install haproxy" >&2
    exit 1
  fi
  sudo=(sudo -n)
fi

echo "Installing Debian's haproxy for the cluster recipe ..."
export DEBIAN_FRONTEND=noninteractive
# The package lists of a fresh machine may be missing or stale; refresh them once, quietly.
"${sudo[@]}" apt-get -qq update
# Debian's default configuration has no frontend: an haproxy service the package may start binds
# no port, and the recipe runs a balancer of its own.
"${sudo[@]}" apt-get -qq -y install --no-install-recommends haproxy >/dev/null
haproxy -v | head -1

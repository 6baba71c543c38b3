#!/usr/bin/env bash
# Installs Debian packages for the project's setup scripts:
#   setup/apt-install.sh "WHAT NEEDS THEM" PACKAGE...
# Refreshes the package lists once (a fresh machine may have none, or stale ones), quietly, and
# uses sudo when not run as root. Where it cannot install (no apt-get, no root and no sudo), it says
# which packages to install by hand and exits non-zero.
set -euo pipefail
what=$1
shift

if ! command -v apt-get >/dev/null 2>&1; then
  echo "$what need(s) $*; this machine has no apt-get to install them. Install them by hand." >&2
  exit 1
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "Installing $* for $what needs root (or sudo): apt-get install $*" >&2
    exit 1
  fi
  sudo=(sudo -n)
fi

echo "Installing Debian's $* for $what ..."
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get -qq update
"${sudo[@]}" apt-get -qq -y install --no-install-recommends "$@" >/dev/null

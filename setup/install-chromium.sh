#!/usr/bin/env bash
# Makes sure the headless browser the console's browser tests drive is on this machine: Debian's
# chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver). Run by the build before
# the integration tests (micro/pom.xml) and safe to run again: it installs only what is missing.
# Test tools that download a browser of their own cannot work here (the network reaches only
# Debian's, Maven's and npm's registries), so the browser comes from the distribution.
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "The browser tests need Chromium and ChromeDriver at /usr/bin/chromium and /usr/bin/chromedriver;" >&2
  echo "this machine has no apt-get to install them. Install both, or skip the tests with -DskipITs." >&2
  exit 1
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "Installing chromium and chromium-driver needs root (or sudo): apt-get install chromium chromium-driver" >&2
    exit 1
  fi
  sudo=(sudo -n)
fi

echo "Installing Debian's chromium and chromium-driver for the browser tests ..."
export DEBIAN_FRONTEND=noninteractive
# The package lists of a fresh machine may be missing or stale; refresh them once, quietly.
"${sudo[@]}" apt-get -qq update
"${sudo[@]}" apt-get -qq -y install --no-install-recommends chromium chromium-driver >/dev/null
/usr/bin/chromium --version
/usr/bin/chromedriver --version

#!/usr/bin/env bash
# Makes sure the headless browser the console's browser tests drive is on this machine: Debian's
# chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver). Run by the build before
# the integration tests (micro/pom.xml) and safe to run again: it installs only what is missing.
# Test tools that download a browser of their own cannot work here (the network reaches only
# Debian's, Maven's and npm's registries), so the browser comes from the distribution. Skip the
# browser tests instead with -DskipITs.
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi

bash "$(dirname "$0")/apt-install.sh" "the browser tests" chromium chromium-driver
/usr/bin/chromium --version
/usr/bin/chromedriver --version

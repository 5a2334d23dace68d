#!/usr/bin/env bash
# Installs what Lesart needs on a fresh Debian machine besides the Swift toolchain:
# the system ICU headers and libraries (libicu-dev), and for the output checks of
# `lesart render` and `lesart network` headless Chromium (Debian's chromium) and the
# Python packages networkx and pandas (PyPI). Safe to run again.
set -euo pipefail
if ! dpkg -s libicu-dev >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libicu-dev
fi
if ! command -v chromium >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium
fi
if ! python3 -c "import networkx, pandas" >/dev/null 2>&1; then
  python3 -m pip install --quiet networkx pandas 2>/dev/null \
    || python3 -m pip install --quiet --break-system-packages networkx pandas
fi
command -v swift >/dev/null || { echo "setup: the Swift toolchain (6.1 or later) is not on PATH" >&2; exit 1; }

#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build, run and test Odema Explorer.
# Safe to run again: apt-get skips what is already there. Needs root (or sudo).
set -euo pipefail
PKGS=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev libqt6sql6-sqlite
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n linguist-qt6
  libgl-dev libqt6opengl6-dev libxlsxwriter-dev libquazip1-qt6-dev libqpdf-dev libproj-dev proj-data proj-bin
  qt6-qpa-plugins fonts-dejavu-core
  sqlite3 poppler-utils xvfb xauth zlib1g-dev
  libqt6sql6-psql libpq-dev qtkeychain-qt6-dev postgresql
  appstream desktop-file-utils
  clang libclang-rt-14-dev llvm
)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing: ${missing[*]}" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

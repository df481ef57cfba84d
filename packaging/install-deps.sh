#!/usr/bin/env bash
# Installs EcoSentry's build and run dependencies from Debian 12's apt, only when missing.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-qpa-plugins libgl-dev
  libgdal-dev gdal-bin libproj-dev proj-bin
  libsqlite3-dev sqlite3
  libsodium-dev libssl-dev
  postgresql libpq-dev
  poppler-utils
  libqcustomplot-dev libqcustomplot2.1-qt6
  fonts-noto-cjk
  xvfb xauth
  libbenchmark-dev
  clang libclang-rt-14-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing: ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"

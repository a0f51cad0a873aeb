#!/bin/sh
# Installs everything Rosterbench needs to build, test and run on Debian 12 or newer.
# Run as root (or through sudo). Safe to run again: apt skips what is already there.
set -eu

if [ "$(id -u)" -ne 0 ]; then
    exec sudo "$0" "$@"
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
    cmake ninja-build g++ pkg-config file \
    qt6-base-dev qt6-base-private-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools \
    qt6-translations-l10n qt6-qpa-plugins libqt6sql6-sqlite libqt6svg6 libgl-dev \
    libquazip1-qt6-dev zlib1g-dev libphonenumber-dev iso-codes qtkeychain-qt6-dev openssl \
    xvfb xauth appstream desktop-file-utils dpkg-dev imagemagick \
    librsvg2-bin groff-base \
    >/dev/null

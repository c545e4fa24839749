#!/usr/bin/env bash
# Installs the Debian packages Till builds and tests against, when they are missing.
set -euo pipefail

packages=(libncursesw5-dev libsqlite3-dev libusb-1.0-0-dev zlib1g-dev pkg-config tmux
          umockdev libumockdev-dev libglib2.0-dev) # umockdev: the emulated USB printer in the tests

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if ((${#missing[@]})); then
    echo "Installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

command -v swift >/dev/null || { echo "swift is not on PATH: install the Swift toolchain first" >&2; exit 1; }

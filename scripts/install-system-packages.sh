#!/usr/bin/env bash
# Makes sure the system packages arbg builds against are present: a JDK 17, Maven, and Debian's OpenMM 7.7
# (headers, library, platform plugins). Installs them with apt-get when running as root; otherwise names them.
set -euo pipefail

missing=()
# Debian's libopenmm-dev puts the umbrella header at /usr/include/OpenMM.h (other builds: include/openmm/)
[ -f /usr/include/OpenMM.h ] || [ -f /usr/include/openmm/OpenMM.h ] || missing+=(libopenmm-dev)
ls /usr/lib/x86_64-linux-gnu/openmm/plugins/libOpenMMCPU.so >/dev/null 2>&1 || missing+=(libopenmm-plugins)
command -v javac >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || missing+=(maven)
command -v g++ >/dev/null 2>&1 || missing+=(g++)

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "arbg needs these Debian packages: ${missing[*]}" >&2
    echo "Install them as root: apt-get install ${missing[*]}" >&2
    exit 1
fi
echo "arbg: installing ${missing[*]} with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2

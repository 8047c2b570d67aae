#!/usr/bin/env bash
# Installs what is missing, builds arbg and runs every test (unit and integration, native OpenMM and
# libtorch included). This is the README's test command and what CI runs.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/install-system-packages.sh"
cd "$ROOT"
mvn -B install

#!/usr/bin/env bash
# Builds arbg (all modules, native OpenMM bindings included) without running the tests.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/install-system-packages.sh"
cd "$ROOT"
# copy-dependencies never deletes, so start the launcher's jar folder afresh
rm -rf plugin/target/lib
mvn -B -q -Dstyle.color=never install -DskipTests

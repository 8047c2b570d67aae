#!/usr/bin/env bash
# Checks a report written by `arbg report --out DIR`: every image report.html references exists, and
# Debian's headless Chromium renders the page (DOM and screenshot) with the plots visible.
#
#   scripts/check-report.sh DIR            # exit 0 when the page renders; 1 with a reason otherwise
#   CHROMIUM=/path/to/chrome scripts/check-report.sh DIR
#   KEEP=shot.png scripts/check-report.sh DIR   # also keep the screenshot
#
# Needs `chromium` (apt-get install chromium) and a JDK (the screenshot is inspected by
# scripts/ScreenshotCheck.java, run as a single-file Java program).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DIR="${1:?usage: scripts/check-report.sh REPORT_DIR}"
HTML="$DIR/report.html"
fail() { echo "check-report: $*" >&2; exit 1; }

[ -f "$HTML" ] || fail "$HTML: no such file"
CHROME="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
[ -n "$CHROME" ] || fail "chromium not found (apt-get install chromium, or set CHROMIUM)"

# 1. every image the page references is a file beside it
mapfile -t SRCS < <(grep -o '<img src="[^"]*"' "$HTML" | sed 's/^<img src="//; s/"$//')
[ "${#SRCS[@]}" -gt 0 ] || fail "$HTML references no image"
for src in "${SRCS[@]}"; do
    case "$src" in /*|*://*|*..*) fail "$HTML: image '$src' is not a relative path inside the report" ;; esac
    [ -s "$DIR/$src" ] || fail "$HTML: image '$src' is missing or empty"
done

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
URL="file://$(realpath "$HTML")"
FLAGS=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --user-data-dir="$TMP/profile")

# 2. the DOM Chromium built holds the page and all its images
timeout 120 "$CHROME" "${FLAGS[@]}" --dump-dom "$URL" > "$TMP/dom.html" 2> "$TMP/chromium.log" \
    || { cat "$TMP/chromium.log" >&2; fail "chromium --dump-dom failed"; }
grep -q '<h1>arbg report</h1>' "$TMP/dom.html" || fail "the rendered DOM lacks the report heading"
IMGS=$(grep -o '<img ' "$TMP/dom.html" | wc -l)
[ "$IMGS" -eq "${#SRCS[@]}" ] || fail "the rendered DOM holds $IMGS images, the file ${#SRCS[@]}"

# 3. a screenshot that is neither missing nor blank, and shows the plots' colours
timeout 120 "$CHROME" "${FLAGS[@]}" --window-size=1600,4200 --screenshot="$TMP/shot.png" "$URL" \
    > /dev/null 2>> "$TMP/chromium.log" || { cat "$TMP/chromium.log" >&2; fail "chromium --screenshot failed"; }
[ -s "$TMP/shot.png" ] || fail "chromium wrote no screenshot"
java -Djava.awt.headless=true "$HERE/ScreenshotCheck.java" "$TMP/shot.png" || fail "the screenshot looks blank"
if [ -n "${KEEP:-}" ]; then cp "$TMP/shot.png" "$KEEP"; fi
echo "check-report: $HTML renders (${#SRCS[@]} images)"

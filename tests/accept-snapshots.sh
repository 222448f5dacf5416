#!/usr/bin/env bash
# Accept changed page snapshots on purpose, after reading them.
#   tests/accept-snapshots.sh          show every *.received.html against its approved file
#   tests/accept-snapshots.sh --accept move every received file over its approved file
# A test run that finds a page different from its snapshot leaves NAME.received.html beside
# NAME.approved.html in tests/TwitchSite.Tests/Snapshots/Approved/.
set -euo pipefail
cd "$(dirname "$0")/TwitchSite.Tests/Snapshots/Approved"
shopt -s nullglob
received=(*.received.html)
if [ ${#received[@]} -eq 0 ]; then
  echo "No received snapshots: every page matches its approved snapshot."
  exit 0
fi
for file in "${received[@]}"; do
  approved="${file%.received.html}.approved.html"
  if [ "${1:-}" = "--accept" ]; then
    mv "$file" "$approved"
    echo "accepted $approved"
  else
    echo "=== $approved"
    if [ -f "$approved" ]; then git --no-pager diff --no-index --color=auto -- "$approved" "$file" || true; else echo "(new snapshot)"; sed 's/^/+ /' "$file" | head -n 400; fi
  fi
done
[ "${1:-}" = "--accept" ] || echo "Read the changes above as a reader of the page would; then run: tests/accept-snapshots.sh --accept"

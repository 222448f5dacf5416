#!/usr/bin/env bash
# Accept changed page snapshots and markdown extension specs on purpose, after reading them.
#   tests/accept-snapshots.sh          show every received file against its approved file
#   tests/accept-snapshots.sh --accept move every received file over its approved file
# A test run that finds a page different from its snapshot leaves NAME.received.html beside
# NAME.approved.html in tests/TwitchSite.Tests/Snapshots/Approved/; a markdown extension spec
# with a case whose HTML differs leaves NAME.received.md beside NAME.md in
# tests/TwitchSite.Tests/Markdown/Specs/ (the whole spec, with the HTML the cases now give).
set -euo pipefail
cd "$(dirname "$0")/TwitchSite.Tests"
shopt -s nullglob
received=(Snapshots/Approved/*.received.html Markdown/Specs/*.received.md)
if [ ${#received[@]} -eq 0 ]; then
  echo "No received snapshots: every page and spec matches its approved copy."
  exit 0
fi
for file in "${received[@]}"; do
  case "$file" in
    *.received.html) approved="${file%.received.html}.approved.html" ;;
    *) approved="${file%.received.md}.md" ;;
  esac
  if [ "${1:-}" = "--accept" ]; then
    mv "$file" "$approved"
    echo "accepted $approved"
  else
    echo "=== $approved"
    if [ -f "$approved" ]; then git --no-pager diff --no-index --color=auto -- "$approved" "$file" || true; else echo "(new snapshot)"; sed 's/^/+ /' "$file" | head -n 400; fi
  fi
done
[ "${1:-}" = "--accept" ] || echo "Read the changes above as a reader of the page would; then run: tests/accept-snapshots.sh --accept"

#!/usr/bin/env bash
# Code-heavy variant of the build benchmark: what highlighting costs (bench.sh runs this when
# BENCH_VARIANT=code). The corpus of ../shared/bench/make-corpus.py gets four fenced code blocks per
# page (add-code-blocks.py: 18 languages, every block different, so the highlighter's cache never
# helps), and is built twice per round with the published generator and the site's theme, without
# search: highlighting on, and off (`highlight: false` in _site.yml, the only difference between
# the two input folders). Rounds interleave the two, after one warm-up round.
#
# usage: tests/TwitchSite.Benchmarks/bench-code.sh
# environment: BENCH_SIZES (default "1000"), BENCH_RUNS (timed rounds, default 3),
#              BENCH_WORK (work folder, default $TMPDIR/twitchsite-bench), BENCH_OUT (where builds
#              write, default BENCH_WORK), BENCH_BIN (an already published twitchsite folder to reuse),
#              BENCH_SHARED (the shared/ folder with bench/make-corpus.py, default ../shared)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=${BENCH_SHARED:-"$(cd "$root/.." && pwd)/shared"}
sizes=${BENCH_SIZES:-1000}
runs=${BENCH_RUNS:-3}
work=${BENCH_WORK:-${TMPDIR:-/tmp}/twitchsite-bench}/code
out_root=${BENCH_OUT:-$work}
bin=${BENCH_BIN:-$work/bin}

die() { echo "error: $*" >&2; exit 2; }
[ -f "$shared/bench/make-corpus.py" ] || die "$shared/bench/make-corpus.py not found (bench.sh needs ../shared beside the repository)"
[ -x /usr/bin/time ] || die "/usr/bin/time is required (Debian: apt-get install time)"
mkdir -p "$work" "$out_root"

if [ -z "${BENCH_BIN:-}" ]; then
  echo "== publish (Release)"
  # shellcheck source=publish-generator.sh
  . "$here/publish-generator.sh"
  publish_generator "$root" "$bin" "$work/publish.log" \
    || { tail -n 30 "$work/publish.log" >&2; die "publish failed (log: $work/publish.log)"; }
fi

results="$work/results.tsv"
: > "$results"
for n in $sizes; do
  on="$work/code-$n-on" off="$work/code-$n-off"
  if [ ! -f "$on/.complete" ]; then
    echo "== code-heavy corpus of $n pages"
    rm -rf "$on" "$off"
    python3 "$shared/bench/make-corpus.py" "$n" "$on"
    python3 "$here/add-code-blocks.py" "$on"
    cp -r "$on" "$off"
    echo "highlight: false" > "$off/_site.yml"
    touch "$on/.complete"
  fi

  echo "== $n pages: highlighting on and off, $runs rounds after a warm-up"
  for ((i = 0; i <= runs; i++)); do
    for variant in on off; do
      out="$out_root/out-code-$n-$variant"
      rm -rf "$out"
      sync
      /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$bin/twitchsite" -i "$work/code-$n-$variant" -o "$out" -t "$root/theme" --no-search >"$work/code-$n-$variant.log" 2>&1 \
        || { tail -n 20 "$work/code-$n-$variant.log" >&2; die "build failed (log: $work/code-$n-$variant.log)"; }
      if [ "$i" -gt 0 ]; then echo "$n $variant $(cat "$work/time")" >>"$results"; fi
    done
  done
  page=$(find "$out_root/out-code-$n-on" -name index.html -path '*page-00001*' | head -n 1)
  grep -q 'class="hl-' "$page" || die "the highlighted build has no token classes ($page)"
  ! grep -q 'class="hl-' "${page/out-code-$n-on/out-code-$n-off}" || die "the build with highlight: false has token classes"
done

python3 - "$results" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    n, variant, wall, user, system, peak = line.split()
    rows.setdefault((int(n), variant), []).append((float(wall), float(user) + float(system), int(peak)))
print("| code-heavy build | wall (median) | CPU user+sys (median) | peak memory (max) |")
print("|---|---:|---:|---:|")
for (n, variant), runs in sorted(rows.items()):
    print(f"| {n:,} pages, highlighting {variant} | {statistics.median(r[0] for r in runs):.2f} s | {statistics.median(r[1] for r in runs):.2f} s | {max(r[2] for r in runs) / 1024:.0f} MB |")
for n in sorted({n for n, _ in rows}):
    on, off = rows.get((n, "on")), rows.get((n, "off"))
    if on and off:
        wall = statistics.median(r[0] for r in on) / statistics.median(r[0] for r in off) - 1
        cpu = statistics.median(r[1] for r in on) / statistics.median(r[1] for r in off) - 1
        print(f"{n:,} pages: highlighting adds {wall:+.0%} wall, {cpu:+.0%} CPU (target: at most +20% wall)")
PY
echo "raw timings: $results"

#!/usr/bin/env bash
# Whole-process build benchmark of the published generator (not `dotnet run`).
#
# Generates the synthetic corpus with ../shared/bench/make-corpus.py at 1,000 and 10,000 pages,
# publishes TwitchSite in Release (the publish settings in src/TwitchSite/TwitchSite.csproj),
# and times cold builds with /usr/bin/time: wall, CPU (user + system) and peak memory, without and
# with search. When Hugo is installed (apt-get install hugo) it builds the same corpus in the same
# run (../shared/bench/peers.sh) and the ratios against the targets are printed; TwitchSite is
# timed twice, with the site's theme and with peer-theme/ (the minimal layouts peers.sh gives
# Hugo), so the ratio is also shown for the same work. It also checks
# that the published build writes the same bytes as a normal `dotnet run` build and that the
# largest corpus passes link validation.
#
# usage: tests/TwitchSite.Benchmarks/bench.sh
# environment: BENCH_SIZES (default "1000 10000"), BENCH_RUNS (timed runs per case, default 3),
#              BENCH_WORK (work folder, default $TMPDIR/twitchsite-bench; about 2 GB at 10,000 pages),
#              BENCH_OUT (where the timed builds write, default /dev/shm/twitchsite-bench when /dev/shm
#              is a RAM file system with 4 GB free, else BENCH_WORK),
#              BENCH_VARIANT=code (runs bench-code.sh instead: a code-heavy corpus, highlighting on vs off)
#
# Why the timed builds write to RAM: every run replaces about 20,000 files and folders that the
# run before deleted seconds earlier. On an ext4 disk without a journal (this VM's) the kernel
# then walks the recently deleted inodes one by one for every file it creates
# (ext4 find_inode_bit/recently_deleted: 45% of all samples in `perf record` of one build), so
# system time went from 1 to 17 s between identical runs of either generator. In RAM both
# generators do only their own work, and the figures repeat.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# BENCH_VARIANT=code: the code-heavy corpus, highlighting on vs off (bench-code.sh says how).
if [ "${BENCH_VARIANT:-}" = code ]; then exec "$here/bench-code.sh"; fi
root=$(cd "$here/../.." && pwd)
shared="$(cd "$root/.." && pwd)/shared"
sizes=${BENCH_SIZES:-"1000 10000"}
runs=${BENCH_RUNS:-3}
work=${BENCH_WORK:-${TMPDIR:-/tmp}/twitchsite-bench}

die() { echo "error: $*" >&2; exit 2; }
[ -f "$shared/bench/make-corpus.py" ] || die "$shared/bench/make-corpus.py not found: bench.sh needs the shared/ folder that sits beside the repository clone (../shared relative to $root)"
command -v dotnet >/dev/null || die "the .NET 10 SDK is required (https://dot.net)"
command -v python3 >/dev/null || die "python3 is required to generate the corpus"
[ -x /usr/bin/time ] || die "/usr/bin/time is required for CPU and peak memory (Debian: apt-get install time)"

mkdir -p "$work"
if [ -n "${BENCH_OUT:-}" ]; then
  out_root=$BENCH_OUT
elif [ "$(stat -f -c %T /dev/shm 2>/dev/null)" = tmpfs ] && [ -w /dev/shm ] && [ "$(df -k --output=avail /dev/shm | tail -n 1)" -gt 4000000 ]; then
  out_root=/dev/shm/twitchsite-bench
else
  out_root=$work
fi
mkdir -p "$out_root"
# The outputs are only timed, never kept: free the RAM they hold when the script ends.
[ "$out_root" = "$work" ] || trap 'rm -rf "$out_root"' EXIT
results="$work/results.tsv"
: > "$results"
bin="$work/bin"
theme="$root/theme"

echo "== machine"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores; memory: $(free -g | awk '/Mem:/ {print $2}') GB"
echo "dotnet: $(dotnet --version)"
echo "timed builds write to: $out_root ($(stat -f -c %T "$out_root"))"
has_hugo=no
if command -v hugo >/dev/null; then has_hugo=yes; echo "hugo: $(hugo version | cut -d' ' -f2)"; else echo "hugo: not installed (apt-get install hugo), no comparison"; fi

echo "== publish (Release)"
rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
rm -rf "$bin"
dotnet publish "$root/src/TwitchSite" -c Release -r "$rid" -o "$bin" -nologo -v quiet >"$work/publish.log" 2>&1 \
  || { tail -n 30 "$work/publish.log" >&2; die "publish failed (log: $work/publish.log)"; }
echo "published to $bin ($rid)"

# run_once NAME PREPARE RECORD COMMAND...: runs PREPARE, then COMMAND under /usr/bin/time; when
# RECORD is 1, appends "NAME wall user sys peak_kb" to $results.
run_once() {
  local name=$1 prepare=$2 record=$3; shift 3
  local log="$work/$name.log" timing="$work/$name.time"
  bash -c "$prepare"
  sync
  if ! /usr/bin/time -f '%e %U %S %M' -o "$timing" "$@" >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    die "$name failed: $* (log: $log)"
  fi
  if [ "$record" = 1 ]; then echo "$name $(cat "$timing")" >>"$results"; fi
}

# measure: runs each case of the CASES array (NAME|PREPARE|COMMAND) once as a warm-up, then
# $runs rounds of all cases in turn, so a machine that gets busier or quieter mid-way affects
# every generator alike.
measure() {
  local i entry name prepare command
  for ((i = 0; i <= runs; i++)); do
    for entry in "${CASES[@]}"; do
      IFS='|' read -r name prepare command <<<"$entry"
      run_once "$name" "$prepare" $((i > 0 ? 1 : 0)) bash -c "$command"
    done
  done
  for entry in "${CASES[@]}"; do
    IFS='|' read -r name prepare command <<<"$entry"
    echo "$name: $(tail -n 1 "$work/$name.time")  (last run: wall s, user s, system s, peak KB)"
  done
}

# build INPUT OUTPUT [options]: the published generator with the repository's theme.
build() { "$bin/twitchsite" -i "$1" -o "$2" -t "$theme" "${@:3}"; }

# Search is optional in the generator: it is "built" when a build without --no-search writes more files.
smallest=$(echo $sizes | tr ' ' '\n' | sort -n | head -n 1)
largest=$(echo $sizes | tr ' ' '\n' | sort -n | tail -n 1)

for n in $sizes; do
  corpus="$work/corpus-$n"
  if [ ! -f "$corpus/.complete" ]; then
    echo "== corpus of $n pages"
    rm -rf "$corpus"
    python3 "$shared/bench/make-corpus.py" "$n" "$corpus"
    touch "$corpus/.complete"
  fi
done

echo "== search support"
probe="$work/corpus-$smallest"
rm -rf "$work/probe-a" "$work/probe-b"
build "$probe" "$work/probe-a" --no-search -l Error >/dev/null 2>&1 || die "probe build failed"
build "$probe" "$work/probe-b" -l Error >/dev/null 2>&1 || die "probe build with search failed"
if [ "$(cd "$work/probe-a" && find . -type f | sort)" = "$(cd "$work/probe-b" && find . -type f | sort)" ]; then
  has_search=no; echo "this generator writes no search index yet: 'with search' is n/a"
else
  has_search=yes; echo "search index is built"
fi

echo "== correctness"
# A normal build (README's `dotnet run`) must write exactly the bytes the published build writes.
rm -rf "$work/normal-$smallest"
(cd "$root" && dotnet run --project src/TwitchSite -- -i "$probe" -o "$work/normal-$smallest" -t "$theme" --no-search -l Error) >"$work/normal.log" 2>&1 \
  || { tail -n 20 "$work/normal.log" >&2; die "normal build failed"; }
if diff -r "$work/probe-a" "$work/normal-$smallest" >/dev/null; then
  echo "published and normal builds of $smallest pages: byte-identical"
else
  die "published and normal builds differ: diff -r $work/probe-a $work/normal-$smallest"
fi

echo "== timings ($runs rounds after one warm-up round; output folders removed before every run)"
# The real site first: a sub-second build is timed on a quiet machine, not while the kernel is
# still reclaiming the gigabytes the 10,000-page runs just freed (measured: 0.27 s before them,
# 0.32-0.35 s right after, same binary). Ten runs, since one run is a few hundred milliseconds.
CASES=("twitchsite-realsite|rm -rf '$out_root/out-real'|exec '$bin/twitchsite' -i '$root/input' -o '$out_root/out-real' -t '$theme'")
runs=$((runs < 10 ? 10 : runs)) measure

for n in $sizes; do
  corpus="$work/corpus-$n" out="$out_root/out-$n"
  CASES=("twitchsite-$n-nosearch|rm -rf '$out'|exec '$bin/twitchsite' -i '$corpus' -o '$out' -t '$theme' --no-search")
  # The same pages with the layouts peers.sh gives Hugo: the generators doing the same work.
  CASES+=("twitchsite-$n-peerlayouts|rm -rf '$out'|exec '$bin/twitchsite' -i '$corpus' -o '$out' -t '$here/peer-theme' --no-search")
  if [ "$has_search" = yes ]; then
    CASES+=("twitchsite-$n-search|rm -rf '$out'|exec '$bin/twitchsite' -i '$corpus' -o '$out' -t '$theme'")
  fi
  if [ "$has_hugo" = yes ]; then
    peers="$work/peers-$n"
    [ -d "$peers/hugo" ] || bash "$shared/bench/peers.sh" "$corpus" "$peers" >/dev/null
    CASES+=("hugo-$n|rm -rf '$out_root/hugo-$n'|exec hugo --quiet -s '$peers/hugo' -d '$out_root/hugo-$n'")
  fi
  measure
  if [ "$n" = "$largest" ]; then
    summary=$(grep -E '^Built ' "$work/twitchsite-$n-nosearch.log" || true)
    case "$summary" in
      *": 0 errors"*) echo "link validation of $n pages: passed ($summary)" ;;
      *) die "the $n-page build did not pass link validation: $summary" ;;
    esac
  fi
done

echo
python3 - "$results" "$has_search" "$has_hugo" "$smallest" "$largest" <<'PY'
import statistics, sys
path, has_search, has_hugo, small, large = sys.argv[1:]
rows = {}
for line in open(path):
    name, wall, user, system, peak = line.split()
    rows.setdefault(name, []).append((float(wall), float(user), float(system), int(peak)))

def stat(name):
    if name not in rows:
        return None
    runs = rows[name]
    return dict(wall=statistics.median(r[0] for r in runs),
                cpu=statistics.median(r[1] + r[2] for r in runs),
                peak=max(r[3] for r in runs) / 1024)

def fmt(s, key, unit):
    return "n/a" if s is None else f"{s[key]:.2f} {unit}" if unit == "s" else f"{s[key]:.0f} {unit}"

print("| build | wall (median) | CPU user+sys (median) | peak memory (max) |")
print("|---|---:|---:|---:|")
names = sorted({n.rsplit('-', 1)[0] if n.endswith(('-search', '-nosearch')) else n for n in rows})
sizes = sorted({int(n.split('-')[1]) for n in rows if n.split('-')[1].isdigit()})
for size in sizes:
    for label, name in ((f"TwitchSite, {size:,} pages, no search", f"twitchsite-{size}-nosearch"),
                        (f"TwitchSite, {size:,} pages, no search, Hugo's layouts (peer-theme/)", f"twitchsite-{size}-peerlayouts"),
                        (f"TwitchSite, {size:,} pages, with search", f"twitchsite-{size}-search"),
                        (f"Hugo, {size:,} pages", f"hugo-{size}")):
        s = stat(name)
        if s is None and name.startswith("hugo") and has_hugo != "yes":
            continue
        print(f"| {label} | {fmt(s, 'wall', 's')} | {fmt(s, 'cpu', 's')} | {fmt(s, 'peak', 'MB')} |")
real = stat("twitchsite-realsite")
print(f"| TwitchSite, the real site (input/), cold | {fmt(real, 'wall', 's')} | {fmt(real, 'cpu', 's')} | {fmt(real, 'peak', 'MB')} |")

print()
print("| target | measured | limit | result |")
print("|---|---:|---:|---|")
def target(label, value, limit, unit=""):
    if value is None:
        print(f"| {label} | n/a | {limit}{unit} | n/a |")
    else:
        print(f"| {label} | {value:.2f}{unit} | {limit}{unit} | {'met' if value <= limit else 'NOT met'} |")

big, small_ = stat(f"twitchsite-{large}-nosearch"), stat(f"twitchsite-{small}-nosearch")
big_search, hugo = stat(f"twitchsite-{large}-search"), stat(f"hugo-{large}")
target(f"{int(large):,} pages, no search: wall vs Hugo", big["wall"] / hugo["wall"] if hugo else None, 0.5, "x")
same = stat(f"twitchsite-{large}-peerlayouts")
target(f"{int(large):,} pages, no search, same layouts as Hugo: wall vs Hugo", same["wall"] / hugo["wall"] if hugo and same else None, 0.5, "x")
target(f"{int(large):,} pages, with search: wall vs Hugo", big_search["wall"] / hugo["wall"] if hugo and big_search else None, 1.0, "x")
target(f"{int(large):,} pages, no search: peak memory", big["peak"], 500, " MB")
# Linear within 10%: 10 times the pages may take at most 11 times as long.
linear = 1.1 * int(large) / int(small)
target(f"{int(large):,} vs {int(small):,} pages: wall ratio (linear)", big["wall"] / small_["wall"] if large != small else None, round(linear, 2), "x")
target("real site, cold build: wall", real["wall"], 0.3, " s")
PY
echo
echo "raw timings: $results; build logs: $work/*.log"

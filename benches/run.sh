#!/usr/bin/env bash
# Runs every criterion benchmark and prints the README's table: criterion's median with its 95 %
# interval, the target, and loading as a ratio to the syntax-only floor measured in the same run
# (ratios survive a change of machine; milliseconds do not).
# Usage: benches/run.sh [criterion filter]. Criterion's own output goes to $target/bench-run.log.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
log="$target/bench-run.log"
started="$(mktemp)"
trap 'rm -f "$started"' EXIT

echo "running the benchmarks (several minutes); log in $log" >&2
cargo bench --bench '*' -- "$@" >"$log" 2>&1 || { tail -20 "$log" >&2; exit 1; }

dirty=""
git diff --quiet HEAD || dirty=" (with uncommitted changes)"
echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') at commit $(git rev-parse --short HEAD)$dirty"
echo "on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')."
echo
python3 - "$target/criterion" "$started" <<'PY'
import glob, json, os, sys

root, started = sys.argv[1], os.path.getmtime(sys.argv[2])
LOAD = "synthetic-1000-10000-50000/load+validate from RON"
FLOOR = "synthetic-1000-10000-50000/load floor: syntax only, ron into IgnoredAny"
# Criterion id: (name in the table, target in seconds). In this order; others follow.
KNOWN = {
    LOAD: ("load + validate the synthetic catalogue (1,000 roles, 10,000 programmes, 50,000 leaves)", 0.3),
    FLOOR: ("the floor: the same files read by ron into `IgnoredAny`", None),
    "routes r00000 -> r00006, 5 steps, ranked": ("routes query on it: up to 5 steps, ranked", 0.02),
    "routes JSON: write the synthetic query's routes": ("`routes --format json`: write that query's routes as JSON", None),
    "one funding source, one step": ("one funding source for one step", 10e-6),
    "routes on the bundled catalogue: hjælper -> assistent": ("routes on the bundled catalogue, hjælper → assistent", None),
    "routes on the bundled catalogue: hjælper -> sygeplejerske": ("routes on the bundled catalogue, hjælper → sygeplejerske", None),
    "search/bundled/as_you_type": ("search as you type, per keystroke: bundled catalogue", 10e-6),
    "search/10k-programmes/as_you_type": ("search as you type, per keystroke: 10,000 programmes", 2e-3),
    "search/bundled/build": ("search index, built once: bundled catalogue", None),
    "search/10k-programmes/build": ("search index, built once: 10,000 programmes", None),
}

def shown(s):
    for unit, scale in (("s", 1), ("ms", 1e-3), ("µs", 1e-6)):
        if s >= scale:
            return f"{s / scale:.3g} {unit}"
    return f"{s / 1e-9:.3g} ns"

found = {}
for path in glob.glob(f"{root}/**/new/estimates.json", recursive=True):
    if os.path.getmtime(path) < started:
        continue  # left from an earlier run
    bench = json.load(open(os.path.join(os.path.dirname(path), "benchmark.json")))
    median = json.load(open(path))["median"]
    # Throughput in elements means one iteration does that many (keystrokes): report one.
    per = ((bench.get("throughput") or {}).get("Elements") or 1) * 1e9
    ci = median["confidence_interval"]
    found[bench["full_id"]] = [median["point_estimate"] / per, ci["lower_bound"] / per, ci["upper_bound"] / per]

print("| benchmark | median | spread (95 %) | target | ratio to floor |")
print("|---|---|---|---|---|")
for id in [k for k in KNOWN if k in found] + sorted(k for k in found if k not in KNOWN):
    name, goal = KNOWN.get(id, (id, None))
    mid, low, high = found[id]
    aim = f"< {shown(goal)} ({'met' if mid < goal else 'missed'})" if goal else ""
    ratio = f"{mid / found[FLOOR][0]:.2f}× (goal ≤ 1.3×)" if id == LOAD and FLOOR in found else ""
    print(f"| {name} | {shown(mid)} | {shown(low)} – {shown(high)} | {aim} | {ratio} |")
PY

#!/usr/bin/env bash
# Start-up: time from launch until the window exists, for Vejviser and for a bare iced window
# (examples/bare_window.rs), interleaved under one Xvfb, as medians and their ratio. Ratios
# survive a change of machine; milliseconds do not. Usage: benches/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-9}"
cargo build --release --quiet --bin vejviser --example bare_window
target="${CARGO_TARGET_DIR:-target}/release"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT

inner=$(cat <<'INNER'
set -u
# Milliseconds from start until a window with this name is mapped.
first_window() {
  local name="$1"; shift
  local t0 now
  t0=$(date +%s%N)
  "$@" >/dev/null 2>&1 &
  local pid=$!
  for _ in $(seq 1 2000); do
    if xwininfo -root -tree 2>/dev/null | grep -q "\"$name\""; then break; fi
    sleep 0.005
  done
  now=$(date +%s%N)
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  echo $(( (now - t0) / 1000000 ))
}
for _ in $(seq 1 "$RUNS"); do
  echo "vejviser $(VEJVISER_HOME="$HOME_DIR" first_window Vejviser "$T/vejviser")"
  echo "bare $(first_window Bare "$T/examples/bare_window")"
done
INNER
)
out=$(RUNS="$runs" HOME_DIR="$home" T="$target" xvfb-run -a -s "-screen 0 1280x800x24" bash -c "$inner")
python3 - "$out" <<'PY'
import statistics, sys
times = {}
for line in sys.argv[1].splitlines():
    name, ms = line.split()
    times.setdefault(name, []).append(int(ms))
v, b = statistics.median(times["vejviser"]), statistics.median(times["bare"])
print(f"first window, median of {len(times['vejviser'])} runs: Vejviser {v:.0f} ms, "
      f"bare iced {b:.0f} ms, ratio {v / b:.2f}")
PY

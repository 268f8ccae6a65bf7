#!/usr/bin/env bash
# Smoke test of the real window: build, start `vejviser` under Xvfb, wait for a window named
# "Vejviser", take a screenshot, stop the app. Fails when the window never appears.
# Needs: xvfb (xvfb-run), x11-utils (xwininfo), imagemagick (import). Extra args go to vejviser.
set -euo pipefail

cd "$(dirname "$0")/.."
cargo build --quiet
bin="${CARGO_TARGET_DIR:-target}/debug/vejviser"
shot="${VEJVISER_SMOKE_SHOT:-/tmp/vejviser-smoke.png}"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT

# The inner script runs inside the virtual display.
inner=$(cat <<'INNER'
set -u
VEJVISER_HOME="$1" "$2" "${@:4}" >"$1/app.log" 2>&1 &
app=$!
found=0
for _ in $(seq 1 60); do
  if xwininfo -root -tree 2>/dev/null | grep -q '"Vejviser"'; then found=1; break; fi
  if ! kill -0 "$app" 2>/dev/null; then break; fi
  sleep 0.5
done
if [ "$found" = 1 ]; then
  sleep 2
  import -window root "$3"
fi
kill "$app" 2>/dev/null
wait "$app" 2>/dev/null
if [ "$found" != 1 ]; then
  echo "xvfb_smoke: no window named Vejviser within 30 s; app log:" >&2
  cat "$1/app.log" >&2
  exit 1
fi
echo "xvfb_smoke: window appeared; screenshot in $3"
INNER
)
xvfb-run -a -s "-screen 0 1280x800x24" bash -c "$inner" smoke "$home" "$bin" "$shot" "$@"

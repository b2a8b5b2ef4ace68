#!/usr/bin/env bash
# Takes the README's screenshots: starts the server on a fresh temporary database (the
# plan's data only), opens pages in headless Chromium, writes PNGs to docs/screenshots/.
# Needs chromium (apt-get install -y chromium) and a built binary (cargo build --release).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=target/release/lacralo-outreach
[ -x "$bin" ] || bin=target/debug/lacralo-outreach
tmp=$(mktemp -d)
port=3917
"$bin" --bind "127.0.0.1:$port" --database-url "sqlite://$tmp/shots.db" >"$tmp/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done

shot() { # name width height path
  chromium --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage \
    --disable-background-networking --disable-component-update --no-first-run \
    --hide-scrollbars --window-size="$2,$3" \
    --screenshot="docs/screenshots/$1.png" "http://127.0.0.1:$port$4" 2>/dev/null
}
event=$(curl -s "http://127.0.0.1:$port/events?year=2023&q=RightsCon" | grep -o 'href="/events/[0-9]*"' | head -1 | grep -o '[0-9]*')
shot calendar 1280 1000 "/events/calendar?year=2023&month=3&lang=en"
shot list 1280 1300 "/events?year=2023&lang=en"
shot event-es 1280 800 "/events/$event?lang=es"
shot new-event 1280 1250 "/events/new?lang=en"
shot calendar-phone 375 1100 "/events/calendar?year=2023&month=3&lang=es"
echo "screenshots written to docs/screenshots/"

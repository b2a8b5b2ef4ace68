#!/usr/bin/env bash
# Takes the README's screenshots: starts the server on a fresh temporary database with the
# plan's data and the --demo registry, opens pages in headless Chromium, and writes PNGs to
# docs/screenshots/. Pages behind a login are fetched with curl as a leader (enrolling a
# second factor with a code computed by python3) and shown from a local copy.
# Needs chromium, curl and python3, and a built binary (cargo build --release; BIN=… for
# another one).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${BIN:-target/release/lacralo-outreach}
[ -x "$bin" ] || bin=target/debug/lacralo-outreach
tmp=$(mktemp -d)
port=3917
base="http://127.0.0.1:$port"
db="sqlite://$tmp/shots.db"
password='marimba volcano lantern 1987'
printf '%s\n' "$password" | "$bin" --database-url "$db" user add --email chair@example.org \
  --role leadership --name "Chair (demo)" --password-stdin >/dev/null
"$bin" --bind "127.0.0.1:$port" --database-url "$db" --demo >"$tmp/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 50); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.1; done

shot() { # name width height url
  chromium --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage \
    --disable-background-networking --disable-component-update --no-first-run \
    --hide-scrollbars --window-size="$2,$3" \
    --screenshot="docs/screenshots/$1.png" "$4" 2>/dev/null
}
totp() { python3 - "$1" <<'PY'
import base64, hmac, hashlib, struct, sys, time
s = sys.argv[1]; key = base64.b32decode(s + '=' * (-len(s) % 8))
h = hmac.new(key, struct.pack('>Q', int(time.time()) // 30), hashlib.sha1).digest()
o = h[-1] & 15
print('%06d' % ((struct.unpack('>I', h[o:o + 4])[0] & 0x7fffffff) % 1000000))
PY
}
jar="$tmp/cookies"
csrf() { awk '$6 == "lacralo_csrf" { print $7 }' "$jar"; }
# Log in as the leader and enrol the second factor the application asks for.
curl -s -c "$jar" -b "$jar" "$base/login" >/dev/null
curl -s -c "$jar" -b "$jar" --data-urlencode "_csrf=$(csrf)" --data-urlencode "email=chair@example.org" \
  --data-urlencode "password=$password" "$base/login" >/dev/null
curl -s -c "$jar" -b "$jar" "$base/account/2fa" >/dev/null
secret=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select totp_pending_secret from users').fetchone()[0])" "$tmp/shots.db")
curl -s -c "$jar" -b "$jar" --data-urlencode "_csrf=$(csrf)" --data-urlencode "code=$(totp "$secret")" \
  "$base/account/2fa" >/dev/null
private() { # name width height path: a page behind the login, from a local copy
  curl -s -b "$jar" "$base$4" | sed "s#\"/static/#\"$base/static/#g" >"$tmp/$1.html"
  shot "$1" "$2" "$3" "file://$tmp/$1.html"
}

event=$(curl -s "$base/events?year=2023&q=RightsCon" | grep -o 'href="/events/[0-9]*"' | head -1 | grep -o '[0-9]*')
shot dashboard-es 1280 1700 "$base/?lang=es"
shot dashboard-fr 1280 1700 "$base/?lang=fr"
shot dashboard-pt-phone 375 2400 "$base/?lang=pt"
shot calendar 1280 1000 "$base/events/calendar?year=2023&month=3&lang=en"
shot list 1280 1300 "$base/events?year=2023&lang=en"
shot event-es 1280 800 "$base/events/$event?lang=es"
shot calendar-phone 375 1100 "$base/events/calendar?year=2023&month=3&lang=es"
shot coverage 1280 1500 "$base/coverage?lang=en"
shot registry 1280 900 "$base/als?status=all&lang=en"
private review 1280 1000 "/als/review"
private new-event 1280 1250 "/events/new"
private users 1280 700 "/users"
private dashboard-leadership 1280 1800 "/"
shot webinars 1280 1500 "$base/webinars?lang=en&tz=America/Mexico_City"
webinar=$(curl -s "$base/webinars" | grep -o 'href="/webinars/[0-9]*"' | head -1 | grep -o '[0-9]*')
shot webinar-es-phone 375 1300 "$base/webinars/$webinar?lang=es&tz=America/Bogota"
shot programmes 1280 1500 "$base/programmes?lang=en"
shot dnssec-summary 1280 1000 "$base/dnssec/summary?lang=en"
private dnssec-board 1280 1500 "/dnssec?view=board"
private dnssec-table 1280 900 "/dnssec"
# ALS applications: the pipeline's list, and the demo's application waiting for the RALO's
# advice, which the leader records (on a phone too); the quorum as of today.
private applications 1280 800 "/als/applications"
application=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"select id from als_applications where stage = 'due_diligence' limit 1\").fetchone()[0])" "$tmp/shots.db")
private application 1280 1300 "/als/applications/$application"
private application-phone 390 1700 "/als/applications/$application"
shot quorum 1280 800 "$base/als/quorum?lang=es"
private metrics 1280 1500 "/als/metrics"
shot results 1280 1800 "$base/results?lang=fr"
# The demo monthly call: its fourth occurrence (cancelled on its own), and an occurrence's
# edit form with the choice of how many occurrences the change reaches.
series=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"select id from events where title = 'Demo: LACRALO monthly call' order by start_date limit 1 offset 3\").fetchone()[0])" "$tmp/shots.db")
shot series 1280 1400 "$base/events/$series?lang=en"
private series-edit 1280 2000 "/events/$((series + 1))/edit"
private series-edit-phone 390 2900 "/events/$((series + 1))/edit"
# The yearly report of the plan's year, printed by Chromium to PDF in English and Spanish;
# its first two pages as PNGs (pdftoppm, from poppler-utils).
for l in en es; do
  curl -s -b "$jar" "$base/reports/2023?lang=$l" | sed "s#\"/static/#\"$base/static/#g" >"$tmp/report-$l.html"
  chromium --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-pdf-header-footer \
    --print-to-pdf="$tmp/report-$l.pdf" "file://$tmp/report-$l.html" 2>/dev/null
  pdftoppm -png -r 50 -f 1 -l 2 "$tmp/report-$l.pdf" "docs/screenshots/report-$l"
done
# The one conflict page: two leaders edit the same ALS; the second saves on the version
# they read, after the first (an edit of the notes), and sees both versions side by side.
read -r als version country <<<"$(python3 -c "import sqlite3,sys; print(*sqlite3.connect(sys.argv[1]).execute(\"select id, version, country from als where status = 'active' order by id limit 1\").fetchone())" "$tmp/shots.db")"
als_edit() { # version notes website
  curl -s -c "$jar" -b "$jar" --data-urlencode "_csrf=$(csrf)" --data-urlencode "version=$1" \
    --data-urlencode "name=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select name from als where id = ?', (sys.argv[2],)).fetchone()[0])" "$tmp/shots.db" "$als")" \
    --data-urlencode "country=$country" --data-urlencode "notes=$2" --data-urlencode "website=$3" \
    "$base/als/$als"
}
als_edit "$version" "Met at the LACNIC meeting; new board elected in March." "" >/dev/null
curl -s -c "$jar" -b "$jar" "$base/als/$als" >/dev/null # the first save's page, and its flash
als_edit "$version" "Contact changed: write to the new secretary." "https://example.org" \
  | sed "s#\"/static/#\"$base/static/#g" >"$tmp/conflict.html"
shot conflict 1280 1100 "file://$tmp/conflict.html"
shot conflict-phone 390 1500 "file://$tmp/conflict.html"
# CROP: leadership's review of the open opportunity, and a member's own application page
# (a member account linked to the demo member who applied first).
opp=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"select id from crop_opportunities where phase='subregion' limit 1\").fetchone()[0])" "$tmp/shots.db")
private crop-review 1280 1600 "/crop/$opp/review"
# ICANN's procedure: the year's outreach plan, and the demo's approved trip with its clocks
# and steps.
fy=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select fiscal_year from crop_opportunities where id = ?', (sys.argv[2],)).fetchone()[0])" "$tmp/shots.db" "$opp")
private crop-plan 1280 1500 "/crop/plans/$fy"
trip=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"select id from crop_applications where status = 'approved' limit 1\").fetchone()[0])" "$tmp/shots.db")
private crop-trip 1280 2600 "/crop/applications/$trip"
# The money and the assessment: the fiscal years' trips and money, the trip's assessment in
# English for printing; the RALO funds' list and a reported request with its receipt.
private crop-allocations 1280 900 "/crop/allocations"
private crop-assessment 1280 1100 "/crop/applications/$trip/assessment"
private funds 1280 1300 "/funds"
fund=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"select id from fund_requests where status = 'reported' limit 1\").fetchone()[0])" "$tmp/shots.db")
private fund-request 1280 1700 "/funds/$fund"
printf '%s\n' "$password" | "$bin" --database-url "$db" user add --email member@example.org \
  --role member --name "Member (demo)" --password-stdin >/dev/null
app=$(python3 - "$tmp/shots.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
app_id, member = db.execute("select id, member_id from crop_applications where status = 'submitted' order by id limit 1").fetchone()
db.execute("update users set member_id = ? where email = 'member@example.org'", (member,))
db.commit()
print(app_id)
PY
)
jar="$tmp/member-cookies"
curl -s -c "$jar" -b "$jar" "$base/login" >/dev/null
curl -s -c "$jar" -b "$jar" --data-urlencode "_csrf=$(csrf)" --data-urlencode "email=member@example.org" \
  --data-urlencode "password=$password" "$base/login" >/dev/null
private crop-application 1280 1500 "/crop/applications/$app"
private crop-application-phone 375 1400 "/crop/applications/$app"
# Notifications, as the member: follow an event, the preferences page (in Spanish), and the
# private calendar's page right after its address is made (shown once).
curl -s -b "$jar" -c "$jar" --data-urlencode "_csrf=$(csrf)" "$base/events/$event/follow" >/dev/null
curl -s -b "$jar" -c "$jar" "$base/account?lang=es" >/dev/null
private notifications-es 1280 1700 "/account/notifications"
curl -s -b "$jar" -c "$jar" --data-urlencode "_csrf=$(csrf)" "$base/account/calendar" >/dev/null
private calendar-feed-es 1280 1300 "/account/calendar"
jar="$tmp/cookies"
private outbox 1280 1400 "/outbox"
# A reminder's HTML part in Spanish: the demo's overdue trip report, its traveller reading
# Spanish; the scheduler queues it when the server starts again.
python3 - "$tmp/shots.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("update members set language = 'es' where id in (select member_id from crop_applications where status = 'approved')")
db.execute("delete from outbox where kind = 'trip_report'")
db.commit()
PY
kill "$server"; wait "$server" 2>/dev/null || true
"$bin" --bind "127.0.0.1:$port" --database-url "$db" >"$tmp/server2.log" 2>&1 &
server=$!
for _ in $(seq 50); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.1; done
for _ in $(seq 50); do
  python3 - "$tmp/shots.db" "$tmp/reminder-es.html" <<'PY' && break
import sqlite3, sys
row = sqlite3.connect(sys.argv[1]).execute("select html_body from outbox where kind = 'trip_report' limit 1").fetchone()
if not row: sys.exit(1)
open(sys.argv[2], "w").write(row[0])
PY
  sleep 0.2
done
shot reminder-es 700 1000 "file://$tmp/reminder-es.html"
echo "screenshots written to docs/screenshots/"

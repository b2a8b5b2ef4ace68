#!/usr/bin/env bash
# Writes src/countries/zone_names.rs: the tz database's canonical zones (its Zone lines,
# leaving out the Links of `backward`, the legacy aliases), in the regions people pick
# from, read from the copy of the database inside the chrono-tz crate the build uses.
# Run it after upgrading chrono-tz.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(cargo metadata --format-version 1 --locked |
  python3 -c 'import json,sys; print(next(p["version"] for p in json.load(sys.stdin)["packages"] if p["name"] == "chrono-tz"))')
tz=$(ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/"chrono-tz-$version"/tz | head -1)
{
  echo '//! The canonical zones of the tz database (its `Zone` lines, not the `Link`s of `backward`:'
  echo '//! no legacy aliases), in the regions a person picks from. Generated from chrono-tz'"'"'s own'
  echo '//! copy of the database by `scripts/zone-names.sh`; `countries::choices` tests that every'
  echo '//! name is one chrono-tz knows.'
  echo
  echo 'pub const CANONICAL: &[&str] = &['
  for f in africa antarctica asia australasia europe northamerica southamerica etcetera; do
    grep -h '^Zone' "$tz/$f" | awk '{print $2}'
  done | grep -E '^(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/' |
    LC_ALL=C sort | sed 's/.*/    "&",/'
  echo '];'
} > src/countries/zone_names.rs

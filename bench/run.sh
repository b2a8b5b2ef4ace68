#!/usr/bin/env bash
# The load benchmark of issue 8, by hand (it takes a few minutes and is not part of CI):
#   bench/run.sh                 # both databases, 10 s per measurement
#   bench/run.sh --duration 5    # shorter runs
#   bench/run.sh --only large    # one database
# Installs wrk and nginx-light from Debian if missing, builds the release server and
# writes the table to bench/results.md (see bench/load.rs for what is measured).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk >/dev/null || ! [ -x /usr/sbin/nginx ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk nginx-light
fi

cargo bench --bench load -- "$@"

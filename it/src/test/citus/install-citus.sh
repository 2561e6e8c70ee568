#!/usr/bin/env bash
# Installs Citus into Debian's PostgreSQL 15 for the cluster tests (-Pcitus), when it is missing:
# no package registry these machines reach serves Citus, so it is built from its source tarball
# (AGPL-3.0; a test tool only, nothing of it goes into partitionkit). Runs as root.
#   install-citus.sh <citus-X.Y.Z.tar.gz>
set -euo pipefail
tarball="$1"
if [ -f /usr/lib/postgresql/15/lib/citus.so ]; then
  exit 0
fi
if [ ! -f "$tarball" ]; then
  echo "Citus is not installed and its source $tarball is missing: give -Dpartition.test.citus.source=<citus tarball>," \
       "or point -Dpartition.test.citus.url at a running cluster" >&2
  exit 2
fi
export DEBIAN_FRONTEND=noninteractive
packages=(postgresql-15 postgresql-server-dev-15 libcurl4-openssl-dev liblz4-dev libzstd-dev libkrb5-dev libssl-dev
          autoconf flex bison make gcc)
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT
tar xzf "$tarball" -C "$build"
cd "$build"/citus-*
# PostgreSQL 15.20 declares have_createdb_privilege(), which Citus 13.2 also defines for versions
# before 16: Citus's own copy is renamed, or the build stops at "static declaration follows non-static".
grep -rl have_createdb_privilege src | xargs sed -i 's/\bhave_createdb_privilege\b/citus_have_createdb_privilege/g'
./configure --quiet PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config >/dev/null
make -s -j"$(nproc)" >/dev/null
make -s install >/dev/null
echo "installed $(basename "$PWD") into PostgreSQL 15"

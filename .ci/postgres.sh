#!/usr/bin/env bash
# A PostgreSQL on loopback for the relay's tests: sourced by .ci/run, or run alone (bash .ci/postgres.sh).
# On success LIAISON_TEST_DATABASE_URL is exported; on any failure it says why in one line and
# leaves it unset, so the PostgreSQL tests skip and name the reason instead of CI failing or hanging.

liaison_postgres() {
  local role=liaison db=liaison_test
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    echo "PostgreSQL: installing Debian's postgresql"
    # Apart from the other packages: a PostgreSQL that will not install must not fail the run. The
    # package lists are read again only when .ci/run did not just do so.
    local install=(env DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -q postgresql)
    { "${install[@]}" || { timeout 300 apt-get update -q && "${install[@]}"; }; } >/dev/null 2>&1 \
      || { echo "PostgreSQL: apt-get install postgresql failed"; return 1; }
  fi
  command -v pg_ctlcluster >/dev/null 2>&1 || { echo "PostgreSQL: pg_ctlcluster is missing after the install"; return 1; }

  # The newest version's main cluster (else its newest other), or a new main of the newest installed version (the package may have made none).
  local ver cluster port status
  read -r ver cluster port status < <(pg_lsclusters -h 2>/dev/null | awk '{print $1, ($2 == "main"), $2, $3, $4}' | sort -V -k1,2 | tail -n 1 | cut -d' ' -f1,3-)
  if [ -z "${ver:-}" ]; then
    ver=$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' 2>/dev/null | sort -V | tail -n 1)
    [ -n "$ver" ] || { echo "PostgreSQL: no server version found in /usr/lib/postgresql"; return 1; }
    timeout 120 pg_createcluster "$ver" main >/dev/null 2>&1 || { echo "PostgreSQL: pg_createcluster $ver main failed"; return 1; }
    read -r ver cluster port status < <(pg_lsclusters -h 2>/dev/null | awk -v v="$ver" '$1 == v && $2 == "main" {print $1, $2, $3, $4}')
  fi
  [ -n "${port:-}" ] || { echo "PostgreSQL: no cluster listed by pg_lsclusters"; return 1; }

  if [ "$status" != online ]; then
    # The socket folder is on tmpfs in some containers and gone after a restart.
    install -d -o postgres -g postgres -m 2775 /var/run/postgresql
    timeout 120 pg_ctlcluster "$ver" "$cluster" start >/dev/null 2>&1 || { echo "PostgreSQL: pg_ctlcluster $ver $cluster start failed (see /var/log/postgresql/)"; return 1; }
  fi
  timeout 60 pg_isready -q -h 127.0.0.1 -p "$port" -t 50 || { echo "PostgreSQL: $ver/$cluster is not accepting connections on 127.0.0.1:$port"; return 1; }

  # A new password each run: the role may be left from an earlier run, with another one.
  local pw
  pw=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
  timeout 60 su postgres -s /bin/sh -c "psql -X -q -v ON_ERROR_STOP=1 -p $port -d postgres" >/dev/null 2>&1 <<SQL || { echo "PostgreSQL: could not create the role $role and the database $db"; return 1; }
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN CREATE ROLE $role; END IF;
END \$\$;
ALTER ROLE $role WITH LOGIN PASSWORD '$pw';
SELECT 'CREATE DATABASE $db OWNER $role' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$db')
\gexec
SQL

  export LIAISON_TEST_DATABASE_URL="postgres://$role:$pw@127.0.0.1:$port/$db"
  echo "PostgreSQL: $ver/$cluster on 127.0.0.1:$port, database $db for the relay's tests"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  # Run alone: print the variable to export, since a child cannot set its parent's environment.
  liaison_postgres && echo "export LIAISON_TEST_DATABASE_URL=$LIAISON_TEST_DATABASE_URL"
else
  liaison_postgres || echo "PostgreSQL: the relay's PostgreSQL tests will be skipped"
fi

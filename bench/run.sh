#!/usr/bin/env bash
# Benchmark of the case core's lists and searches on an authority-sized PostgreSQL database.
#
#   bench/run.sh [FAMILIES]        (default 200000 families -> ~300k children, 200k cases, 600k memberships)
#
# Needs: the machine's PostgreSQL on 127.0.0.1:5432 (database "test", trust auth) and wrk (apt-get
# install wrk). Builds the EAR, copies the server the build prepares, seeds a schema of its own with
# bench/seed.sql, signs in once through the login form (so bcrypt is not measured on every request) and
# drives each endpoint with wrk from this machine only. Results: bench/results/<date>.txt
set -euo pipefail
cd "$(dirname "$0")/.."
families=${1:-200000}
schema=lp_bench
port_offset=500
base="http://127.0.0.1:$((8080 + port_offset))/lp"
psql_cmd=(psql -v ON_ERROR_STOP=1 -q -h 127.0.0.1 -U postgres -d test)
command -v wrk >/dev/null || { echo "bench: install wrk first (apt-get install -y wrk)" >&2; exit 1; }

./mvnw -B -q -ntp -DskipTests -DskipITs verify
server=integration-tests/target/bench-wildfly
rm -rf "$server" && cp -a integration-tests/target/wildfly-39.0.1.Final "$server"
rm -rf "$server"/standalone/deployments/*.ear* "$server"/standalone/data/lead-practitioner
cp ear/target/lead-practitioner.ear "$server/standalone/deployments/"

"${psql_cmd[@]}" -c "DROP SCHEMA IF EXISTS $schema CASCADE" -c "CREATE SCHEMA $schema"
log=integration-tests/target/bench-server.log
LP_DB_DRIVER=postgresql LP_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$schema" LP_DB_USER=postgres \
LP_DB_PASSWORD=postgres LP_BOOTSTRAP_ADMIN_PASSWORD=bench-admin-Secret1 JAVA_OPTS="-Xms1g -Xmx2g" \
  "$server/bin/standalone.sh" -Djboss.socket.binding.port-offset=$port_offset > "$log" 2>&1 &
server_pid=$!
trap 'kill $server_pid 2>/dev/null; pkill -f "bench-wildfly" 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do grep -q 'WFLYSRV0025' "$log" && break; sleep 1; done
grep -q 'Deployed "lead-practitioner.ear"' "$log" || { echo "bench: the application did not deploy, see $log" >&2; exit 1; }

echo "seeding $families families..."
start=$(date +%s)
PGOPTIONS="-c search_path=$schema" "${psql_cmd[@]}" -v families="$families" -f bench/seed.sql
echo "seeded in $(( $(date +%s) - start )) s"

# two users through the API, as an authority would create them: a team manager (who supervises nine
# practitioners) and the early help coordinator (who sees every case)
api() { curl -s -f -u admin:bench-admin-Secret1 -H 'Content-Type: application/json' "$@"; }
api -X POST "$base/api/v1/users" -d '{"username":"bench-supervisor","password":"bench-Password-1","practitionerId":100000001,"roles":["PRACTITIONER","SUPERVISOR"]}' >/dev/null
api -X POST "$base/api/v1/users" -d '{"username":"bench-coordinator","password":"bench-Password-1","practitionerId":100000002,"roles":["COORDINATOR","PRACTITIONER"]}' >/dev/null

session() { # signs in through the form once and prints the session cookie
  local jar; jar=$(mktemp)
  curl -s -c "$jar" -b "$jar" -o /dev/null "$base/app/home.xhtml"
  curl -s -c "$jar" -b "$jar" -o /dev/null -d "j_username=$1&j_password=bench-Password-1" "$base/j_security_check"
  awk '$6 == "JSESSIONID" {print "JSESSIONID=" $7}' "$jar"; rm -f "$jar"
}
supervisor=$(session bench-supervisor)
coordinator=$(session bench-coordinator)
case_id=$("${psql_cmd[@]}" -t -A -c "SELECT case_id FROM $schema.case_membership WHERE practitioner_id = 100000001 LIMIT 1")

mkdir -p bench/results
out="bench/results/$(date +%Y-%m-%d)-${families}.txt"
{
  echo "Lead Practitioner benchmark, $(date -u +%FT%TZ), $families families"
  "${psql_cmd[@]}" -t -A -c "SELECT 'rows: ' || (SELECT count(*) FROM $schema.eh_case) || ' cases, ' || (SELECT count(*) FROM $schema.child) || ' children, ' || (SELECT count(*) FROM $schema.case_membership) || ' memberships'"
  echo "machine: $(nproc) cores; wrk -t2 -c8 -d20s from the same machine (server and database share the cores)"
} > "$out"
run() { # name cookie path
  # a warm-up, then the measured run
  wrk -t2 -c8 -d5s -H "Cookie: $2" "$base$3" >/dev/null
  local status; status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $2" "$base$3")
  [ "$status" = 200 ] || { echo "bench: $3 answered $status" >&2; exit 1; }
  { echo; echo "== $1: GET $3"; wrk -t2 -c8 -d20s --latency -H "Cookie: $2" "$base$3" | grep -E 'Latency|50%|90%|99%|Requests/sec|requests in|Non-2xx|Socket errors'; } | tee -a "$out"
}
run "my cases (supervisor: own and nine supervisees' cases)" "$supervisor" "/api/v1/cases/mine"
run "case search by family name prefix (supervisor's scope)" "$supervisor" "/api/v1/cases?q=smi"
run "case search by family name prefix (coordinator: every case)" "$coordinator" "/api/v1/cases?q=smi"
run "family search (coordinator)" "$coordinator" "/api/v1/families?q=pat"
run "one case, audited view (supervisor)" "$supervisor" "/api/v1/cases/$case_id"
run "practitioner directory search" "$supervisor" "/api/v1/practitioners?q=practitioner12"
echo; echo "results in $out"

# Shared by the benchmark scripts: start the platform with the run command on its own ports, load it
# with wrk, read wrk's summary line, stop everything. Source it from the repository root.

DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
PORT=${PORT:-8090}
WARMUP=${WARMUP:-10}
results=bench/results
mkdir -p "$results"

ensure_tools() {
  if ! command -v wrk >/dev/null; then
    echo "bench: installing wrk from Debian's packages"
    apt-get install -y -q -o DPkg::Lock::Timeout=600 wrk >/dev/null
  fi
  [ -f target/waakzaam.war ] && [ -f target/payara/payara-micro.jar ] || mvn -B -q -DskipTests package
}

# A fresh database $1 on the PostgreSQL of 127.0.0.1:5432, owned by postgres, with the login role $2
# for the application; or the embedded database when no such server answers.
use_database() {
  if command -v psql >/dev/null && psql -h 127.0.0.1 -U postgres -d test -qAtc 'select 1' >/dev/null 2>&1; then
    psql -h 127.0.0.1 -U postgres -d test -q -c "drop database if exists $1 with (force)" -c "create database $1" \
      -c "do \$\$ begin if not exists (select from pg_roles where rolname = '$2') then create role $2 login; end if; end \$\$" >/dev/null
    export WAAKZAAM_DB_URL=jdbc:postgresql://127.0.0.1:5432/$1 WAAKZAAM_DB_USER=$2 WAAKZAAM_DB_PASSWORD=
    export WAAKZAAM_DB_OWNER_USER=postgres WAAKZAAM_DB_OWNER_PASSWORD=
    database="PostgreSQL $(psql -h 127.0.0.1 -U postgres -d test -qAtc 'show server_version' | cut -d' ' -f1) on 127.0.0.1:5432 (fsync on)"
  else
    database="embedded PostgreSQL (fsync off)"
  fi
}

# reuse_database <database> <role>: as use_database, on the database an earlier run filled (REUSE=1).
reuse_database() {
  export WAAKZAAM_DB_URL=jdbc:postgresql://127.0.0.1:5432/$1 WAAKZAAM_DB_USER=$2 WAAKZAAM_DB_PASSWORD=
  export WAAKZAAM_DB_OWNER_USER=postgres WAAKZAAM_DB_OWNER_PASSWORD=
  database="PostgreSQL $(psql -h 127.0.0.1 -U postgres -d test -qAtc 'show server_version' | cut -d' ' -f1) on 127.0.0.1:5432 (fsync on), filled by an earlier run"
}

# free_port <from>: the first port from <from> on that nothing on loopback listens on, so that a
# benchmark runs beside a platform that is already running (its 8080, 8180, 3025 …).
free_port() {
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    port=$((port + 1))
  done
  echo "$port"
}

start_platform() {
  # Every server the run command starts gets a port of the benchmark's own: the application, Keycloak,
  # the embedded database and the mail server.
  PORT=$(free_port "$PORT")
  local keycloak_port db_port smtp_port
  keycloak_port=$(free_port $((PORT + 100)))
  db_port=$(free_port $((PORT + 1)))
  smtp_port=$(free_port $((db_port + 1)))
  export WAAKZAAM_HTTP_PORT=$PORT WAAKZAAM_KEYCLOAK_PORT=$keycloak_port WAAKZAAM_DEV_DB_PORT=$db_port
  export WAAKZAAM_DEV_SMTP_PORT=$smtp_port
  WAAKZAAM_DEV_HOME=$(mktemp -d /tmp/waakzaam-bench.XXXXXX)
  export WAAKZAAM_DEV_HOME
  setsid mvn -B -q -Prun > "$results/platform.log" 2>&1 &
  platform=$!
  trap stop_platform EXIT
  for _ in $(seq 1 600); do
    grep -q 'Stop with Ctrl-C' "$results/platform.log" && break
    kill -0 "$platform" 2>/dev/null || { cat "$results/platform.log"; exit 1; }
    sleep 1
  done
  # Measuring a platform that is not ready measures its refusals.
  grep -q 'Stop with Ctrl-C' "$results/platform.log" || { echo "bench: the platform was not ready in 600 s"; cat "$results/platform.log"; exit 1; }
  ready=$(sed -nE 's/.*is running \(ready in ([0-9.]+) s.*/\1/p' "$results/platform.log")
  keycloak_ready=$(sed -nE 's/.*Keycloak ready in ([0-9.]+) s.*/\1/p' "$results/platform.log")
  url=http://127.0.0.1:$PORT
  keycloak=http://127.0.0.1:$WAAKZAAM_KEYCLOAK_PORT/realms/waakzaam
}

stop_platform() {
  kill -TERM -- -"$platform" 2>/dev/null || true
  wait "$platform" 2>/dev/null || true
  rm -rf "$WAAKZAAM_DEV_HOME"
}

# load <seconds> <script> <path> [wrk options...]: runs wrk and prints its RESULT line.
load() {
  local seconds=$1 script=$2 path=$3
  shift 3
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$seconds"s --latency -s "$script" "$@" "$url$path" \
    | tee -a "$results/wrk.log" | grep '^RESULT'
}

# field <RESULT line> <name>
field() { echo "$1" | sed -nE "s/.* $2=([0-9.]+).*/\1/p"; }

rss_mb() { ps -o rss= -p "$(pgrep -f 'payara-micro.jar' | head -n 1)" | awk '{printf "%d", $1/1024}'; }

# staff_token <user>: an access token by the password grant of the test client.
staff_token() {
  curl -s -X POST "$keycloak/protocol/openid-connect/token" -d grant_type=password -d client_id=waakzaam-test \
    -d "username=$1" -d password=welkom-dev | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

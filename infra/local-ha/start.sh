#!/usr/bin/env bash
# Highly available Fahrplan on one machine: etcd, two PostgreSQL 15 nodes managed by Patroni
# (synchronous replication), HAProxy routing to the leader, and N Fahrplan API processes.
# Everything runs as child processes of this script, on free ports, under one temporary folder;
# Ctrl-C (or SIGTERM) stops it all and deletes the folder. See README.md beside this file.
#
#   infra/local-ha/start.sh [--apis N] [--dir DIR] [--keep]
#
# Needs: apt-get install -y patroni etcd-server haproxy; PostgreSQL 15 binaries in
# /usr/lib/postgresql/15/bin; for --apis > 0 a built API (pnpm --filter @fahrplan/api build).
# When ready it prints one line `local-ha ready {json}` (ports, URLs, pids, folders) and writes the
# same JSON to DIR/cluster.json.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
APIS=2
DIR=""
KEEP=false
while [ $# -gt 0 ]; do
  case "$1" in
    --apis) APIS=$2; shift 2 ;;
    --dir) DIR=$2; shift 2 ;;
    --keep) KEEP=true; shift ;;
    -h | --help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

for program in patroni etcd haproxy "$PG_BIN/postgres"; do
  command -v "$program" >/dev/null || {
    echo "missing $program: apt-get install -y patroni etcd-server haproxy (and PostgreSQL 15)" >&2
    exit 2
  }
done

log() { echo "local-ha: $*" >&2; }

if [ -z "$DIR" ]; then DIR=$(mktemp -d "${TMPDIR:-/tmp}/fahrplan-ha.XXXXXX"); else mkdir -p "$DIR"; fi
DIR=$(cd "$DIR" && pwd)

# PostgreSQL refuses to run as root: then Patroni (and the postmasters it starts) run as the
# `postgres` OS user. setpriv execs in place, so $! is Patroni's own pid.
as_postgres=()
if [ "$(id -u)" = 0 ]; then
  as_postgres=(setpriv --reuid=postgres --regid=postgres --init-groups env HOME="$DIR")
  chown postgres: "$DIR"
fi

PIDS=()
cleanup() {
  trap - EXIT INT TERM
  log "stopping"
  # APIs and HAProxy first, then Patroni (it shuts its PostgreSQL down), etcd last.
  for pid in "${API_PIDS[@]:-}" ${HAPROXY_PID:-}; do kill "$pid" 2>/dev/null || true; done
  for pid in ${NODE_PIDS[@]:-}; do kill "$pid" 2>/dev/null || true; done
  for _ in $(seq 1 100); do
    alive=false
    for pid in "${PIDS[@]:-}"; do
      [ "$pid" = "${ETCD_PID:-}" ] && continue
      kill -0 "$pid" 2>/dev/null && alive=true
    done
    $alive || break
    sleep 0.1
  done
  # A node whose Patroni was killed leaves its postmaster behind: stop those too.
  for data in "$DIR"/node*/data; do
    [ -f "$data/postmaster.pid" ] && kill -9 "$(head -1 "$data/postmaster.pid")" 2>/dev/null || true
  done
  for pid in "${PIDS[@]:-}"; do kill -9 "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if $KEEP; then log "kept $DIR"; else rm -rf "$DIR"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Free ports, chosen by the OS (Patroni depends on python3, so it is there).
read -r ETCD_PORT ETCD_PEER_PORT PG1 PG2 REST1 REST2 HAPROXY_PORT < <(/usr/bin/python3 -c '
import socket
socks = [socket.socket() for _ in range(7)]
for s in socks: s.bind(("127.0.0.1", 0))
print(*[s.getsockname()[1] for s in socks])')

wait_for() { # description, seconds, command...
  local what=$1 seconds=$2
  shift 2
  for _ in $(seq 1 $((seconds * 10))); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.1
  done
  log "timed out waiting for $what"
  return 1
}
http_ok() { /usr/bin/python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)' "$1"; }

# --- etcd: the distributed configuration store Patroni keeps the leader lock in ------------------
etcd --name local-ha --data-dir "$DIR/etcd" \
  --listen-client-urls "http://127.0.0.1:$ETCD_PORT" --advertise-client-urls "http://127.0.0.1:$ETCD_PORT" \
  --listen-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" \
  --initial-advertise-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" \
  --initial-cluster "local-ha=http://127.0.0.1:$ETCD_PEER_PORT" \
  --log-level warn >"$DIR/etcd.log" 2>&1 &
ETCD_PID=$!
PIDS+=("$ETCD_PID")
wait_for etcd 30 http_ok "http://127.0.0.1:$ETCD_PORT/health"

# --- two PostgreSQL nodes under Patroni ---------------------------------------------------------
node_config() { # name pg_port rest_port
  local name=$1 port=$2 rest=$3
  mkdir -p "$DIR/$name"
  cat >"$DIR/$name.yml" <<YAML
scope: fahrplan
namespace: /local-ha/
name: $name
log:
  level: INFO
restapi:
  listen: 127.0.0.1:$rest
  connect_address: 127.0.0.1:$rest
etcd3:
  hosts: 127.0.0.1:$ETCD_PORT
bootstrap:
  dcs:
    # A lost leader's lock expires after ttl; loop_wait + 2 * retry_timeout must stay below ttl.
    ttl: 10
    loop_wait: 1
    retry_timeout: 4
    maximum_lag_on_failover: 1048576
    # COMMIT waits for the standby's flush, and only the synchronous standby may be promoted:
    # a failover loses nothing acknowledged. Not strict: a leader alone keeps accepting writes.
    synchronous_mode: true
    synchronous_mode_strict: false
    postgresql:
      use_pg_rewind: true
      parameters:
        synchronous_commit: 'on'
        wal_log_hints: 'on'
        max_wal_senders: 5
        max_replication_slots: 5
        hot_standby_feedback: 'on'
        idle_in_transaction_session_timeout: 60s
  initdb:
    - encoding: UTF8
    # Checksums (or wal_log_hints) let pg_rewind turn a lost leader into a replica when it returns.
    - data-checksums
    - no-sync
postgresql:
  listen: 127.0.0.1:$port
  connect_address: 127.0.0.1:$port
  data_dir: $DIR/$name/data
  bin_dir: $PG_BIN
  pgpass: $DIR/$name/pgpass
  # A replica is cloned from the leader; a fast checkpoint does not wait for the next one.
  basebackup:
    - checkpoint: fast
  authentication:
    superuser:
      username: postgres
      password: postgres
    replication:
      username: replicator
      password: replicator
    rewind:
      username: postgres
      password: postgres
  parameters:
    unix_socket_directories: $DIR/$name
  # Local only, trust: a throwaway cluster on 127.0.0.1. A real one uses scram-sha-256 and TLS.
  pg_hba:
    - local all all trust
    - host all all 127.0.0.1/32 trust
    - host replication replicator 127.0.0.1/32 trust
YAML
}
node_config node1 "$PG1" "$REST1"
node_config node2 "$PG2" "$REST2"
[ "$(id -u)" = 0 ] && chown -R postgres: "$DIR"/node1 "$DIR"/node2 "$DIR"/node1.yml "$DIR"/node2.yml

NODE_PIDS=()
start_node() { # name
  "${as_postgres[@]}" patroni "$DIR/$1.yml" >>"$DIR/$1.log" 2>&1 &
  NODE_PIDS+=($!)
  PIDS+=($!)
}
start_node node1
# The first one bootstraps (initdb); the second one clones it (pg_basebackup) once it leads.
wait_for "node1 to lead" 60 http_ok "http://127.0.0.1:$REST1/primary"
start_node node2
# Synchronous: node2 streams and is the synchronous standby (Patroni's /sync answers 200 then).
wait_for "node2 to become the synchronous standby" 90 http_ok "http://127.0.0.1:$REST2/sync"

# --- HAProxy: one address for the API, always the leader ---------------------------------------
cat >"$DIR/haproxy.cfg" <<CFG
global
  maxconn 500

defaults
  mode tcp
  timeout connect 2s
  timeout client 30m
  timeout server 30m
  timeout check 1s

listen postgres
  bind 127.0.0.1:$HAPROXY_PORT
  # Patroni's REST API answers /primary with 200 on the leader only (503 on a replica).
  option httpchk
  http-check send meth GET uri /primary
  http-check expect status 200
  # A node marked down has its open connections cut: clients reconnect, to the new leader.
  default-server inter 1s fastinter 500ms downinter 1s fall 2 rise 2 on-marked-down shutdown-sessions
  server node1 127.0.0.1:$PG1 maxconn 200 check port $REST1
  server node2 127.0.0.1:$PG2 maxconn 200 check port $REST2
CFG
haproxy -f "$DIR/haproxy.cfg" -db >"$DIR/haproxy.log" 2>&1 &
HAPROXY_PID=$!
PIDS+=("$HAPROXY_PID")
# HAProxy counts every server as up until its first checks: wait until four connections in a row
# (round robin) land on the leader, i.e. the replica is marked down.
through_haproxy() {
  "$PG_BIN/psql" -h 127.0.0.1 -p "$HAPROXY_PORT" -U postgres -d postgres -Atc 'SELECT pg_is_in_recovery()'
}
leader_only() { for _ in 1 2 3 4; do [ "$(through_haproxy 2>/dev/null)" = f ] || return 1; done; }
wait_for "HAProxy to route to the leader only" 30 leader_only
"$PG_BIN/psql" -h 127.0.0.1 -p "$HAPROXY_PORT" -U postgres -d postgres -qc 'CREATE DATABASE fahrplan'
DATABASE_URL="postgres://postgres@127.0.0.1:$HAPROXY_PORT/fahrplan"

# --- Fahrplan API processes ---------------------------------------------------------------------
API_PIDS=()
API_URLS=()
if [ "$APIS" -gt 0 ]; then
  [ -f "$ROOT/packages/api/dist/main.js" ] || {
    log "building the API (pnpm --filter @fahrplan/api build)"
    (cd "$ROOT" && pnpm --filter @fahrplan/domain --filter @fahrplan/api build >/dev/null)
  }
  DATABASE_URL=$DATABASE_URL node "$ROOT/packages/api/dist/cli/main.js" migrate >&2
  # One signing key for all API processes (each would otherwise refuse or make its own).
  export FAHRPLAN_SIGNING_KEY_FILE="$DIR/signing-key.pem"
  DATABASE_URL=$DATABASE_URL node "$ROOT/packages/api/dist/cli/main.js" keys create >&2 || true
  for n in $(seq 1 "$APIS"); do
    port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    DATABASE_URL=$DATABASE_URL PORT=$port FAHRPLAN_DB_CONNECT_TIMEOUT_MS=2000 \
      FAHRPLAN_DB_STATEMENT_TIMEOUT_MS=4000 FAHRPLAN_REQUEST_TIMEOUT_MS=4500 \
      node "$ROOT/packages/api/dist/main.js" >"$DIR/api$n.log" 2>&1 &
    API_PIDS+=($!)
    PIDS+=($!)
    API_URLS+=("http://127.0.0.1:$port")
  done
  for url in "${API_URLS[@]}"; do wait_for "$url/readyz" 90 http_ok "$url/readyz"; done
fi

apis=""
for url in "${API_URLS[@]:-}"; do [ -n "$url" ] && apis="$apis${apis:+,}\"$url\""; done
node_json() { # index name port rest
  echo "{\"name\":\"$2\",\"port\":$3,\"rest\":$4,\"patroniPid\":${NODE_PIDS[$1]},\"dataDir\":\"$DIR/$2/data\",\"config\":\"$DIR/$2.yml\"}"
}
echo "{\"dir\":\"$DIR\",\"databaseUrl\":\"$DATABASE_URL\",\"haproxyPort\":$HAPROXY_PORT,\"etcdPort\":$ETCD_PORT,\"nodes\":[$(node_json 0 node1 "$PG1" "$REST1"),$(node_json 1 node2 "$PG2" "$REST2")],\"apis\":[$apis]}" >"$DIR/cluster.json"
echo "local-ha ready $(tr -d '\n' <"$DIR/cluster.json")"
log "database (through HAProxy, always the leader): $DATABASE_URL"
for url in "${API_URLS[@]:-}"; do [ -n "$url" ] && log "API: $url"; done
log "a token: DATABASE_URL=$DATABASE_URL node packages/api/dist/cli/main.js token create --role team --name Test"
log "cluster state: patronictl -c $DIR/node1.yml list   (logs in $DIR)"
log "Ctrl-C stops everything"
# Stay in the foreground until told to stop (the traps clean up).
while true; do sleep 1; done

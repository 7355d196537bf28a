#!/usr/bin/env bash
# Several hosts on this machine, as a city runs them on several servers (README, "Several hosts"; decision 0016):
# a throwaway MariaDB (scripts/mariadb.sh), Debian's redis-server, two host processes in cluster mode on that one
# database and that one Redis, and Debian's nginx in front of them on one port. The demo data is seeded by the first host.
#   scripts/cluster.sh up      -> prints the console's address (http://localhost:8080 unless CP_CLUSTER_PORT says otherwise)
#   scripts/cluster.sh down    -> stops all of it and removes its folder
#   scripts/cluster.sh status  -> what runs, and each host's /health/ready
# Everything lives in CP_CLUSTER_DIR (/tmp/cp-cluster): data folders, logs, pid files, nginx.conf. As root, redis-server
# and nginx are installed with apt-get when missing. The host is built in Release first (CP_CLUSTER_NO_BUILD=1 skips it).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
command=${1:?up|down|status}
dir=${CP_CLUSTER_DIR:-/tmp/cp-cluster}
port=${CP_CLUSTER_PORT:-8080}
dll=host/CommunityPlatform.Host/bin/Release/net10.0/CommunityPlatform.Host.dll
password=${CP_CLUSTER_DEMO_PASSWORD:-Demo@2026!}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# Waits until a host answers 200 on /health/ready (healthy or degraded).
wait_ready() {
  local name=$1 host_port=$2
  for _ in $(seq 1 240); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$host_port/health/ready")" = 200 ]; then return 0; fi
    if ! kill -0 "$(cat "$dir/host-$name.pid")" 2>/dev/null; then
      echo "host $name exited:" >&2; tail -n 30 "$dir/host-$name.log" >&2; return 1
    fi
    sleep 1
  done
  echo "host $name was not ready in 4 minutes:" >&2; tail -n 30 "$dir/host-$name.log" >&2; return 1
}

start_host() {
  local name=$1 host_port=$2
  mkdir -p "$dir/host-$name"
  # The same settings as on real servers, but for the throwaway addresses: see README, "Several hosts".
  ASPNETCORE_ENVIRONMENT=Development \
  ASPNETCORE_URLS="http://127.0.0.1:$host_port" \
  Platform__DataFolder="$dir/host-$name" \
  Platform__Database__Provider=MySql \
  ConnectionStrings__Platform="$(cat "$dir/mariadb.connection");Database=community_platform" \
  Platform__Cluster__Redis="127.0.0.1:$(cat "$dir/redis.port")" \
  Platform__Jwt__SigningKey="$(cat "$dir/signing-key")" \
  Platform__KnownProxies__0=127.0.0.1 \
  Seed__DemoPassword="$password" \
    nohup dotnet "$dll" >"$dir/host-$name.log" 2>&1 &
  echo $! >"$dir/host-$name.pid"
  echo "$host_port" >"$dir/host-$name.port"
}

stop_pid_file() {
  local file=$1
  [ -f "$file" ] || return 0
  local pid; pid=$(cat "$file")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
}

case "$command" in
up)
  if [ -e "$dir/host-A.pid" ]; then echo "a cluster already runs in $dir (scripts/cluster.sh down first)" >&2; exit 1; fi
  if { ! command -v redis-server >/dev/null || ! command -v nginx >/dev/null; } && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server nginx-light) >&2 || true
  fi
  command -v redis-server >/dev/null || { echo "redis-server is not installed (Debian: apt-get install redis-server)" >&2; exit 3; }
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { echo "nginx is not installed (Debian: apt-get install nginx-light)" >&2; exit 3; }
  nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

  if [ "${CP_CLUSTER_NO_BUILD:-0}" != 1 ]; then
    dotnet build host/CommunityPlatform.Host -c Release 2>&1 | tail -n 2
  fi
  mkdir -p "$dir/redis" "$dir/nginx"
  trap 'echo "!! the cluster did not come up; stopping what started" >&2; "$0" down >&2' ERR

  scripts/mariadb.sh start "$dir/mariadb" >"$dir/mariadb.connection"
  # The Redis that keeps the data-protection key ring keeps an append-only file: keys lost would end every session.
  redis_port=$(free_port); echo "$redis_port" >"$dir/redis.port"
  redis-server --port "$redis_port" --bind 127.0.0.1 --dir "$dir/redis" --appendonly yes --save "" \
    --daemonize yes --pidfile "$dir/redis/redis.pid" --logfile "$dir/redis/redis.log"
  # Every instance signs and checks tokens with one key.
  head -c 64 /dev/urandom | base64 -w0 >"$dir/signing-key"

  # The first host migrates and seeds; the second starts on a database that is ready.
  start_host A "$(free_port)"; wait_ready A "$(cat "$dir/host-A.port")"
  start_host B "$(free_port)"; wait_ready B "$(cat "$dir/host-B.port")"

  cat >"$dir/nginx/nginx.conf" <<EOF
daemon on;
worker_processes 1;
pid $dir/nginx/nginx.pid;
error_log $dir/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $dir/nginx/body;
  proxy_temp_path $dir/nginx/proxy;
  fastcgi_temp_path $dir/nginx/fastcgi;
  uwsgi_temp_path $dir/nginx/uwsgi;
  scgi_temp_path $dir/nginx/scgi;
  client_max_body_size 20m;
  upstream community_platform {
    server 127.0.0.1:$(cat "$dir/host-A.port") max_fails=1 fail_timeout=5s;
    server 127.0.0.1:$(cat "$dir/host-B.port") max_fails=1 fail_timeout=5s;
    keepalive 32;
  }
  server {
    listen $port;
    location / {
      proxy_pass http://community_platform;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_next_upstream error timeout http_502 http_503;
    }
  }
}
EOF
  "$nginx_bin" -p "$dir/nginx" -c "$dir/nginx/nginx.conf"
  trap - ERR
  echo "console:  http://localhost:$port  (hosts A on :$(cat "$dir/host-A.port"), B on :$(cat "$dir/host-B.port"); logs and pids in $dir)" >&2
  echo "sign in as admin, <code>-secretary (e.g. xincun-secretary) with $password; stop with: scripts/cluster.sh down" >&2
  echo "http://localhost:$port"
  ;;
down)
  [ -d "$dir" ] || exit 0
  if [ -f "$dir/nginx/nginx.pid" ]; then stop_pid_file "$dir/nginx/nginx.pid"; fi
  stop_pid_file "$dir/host-B.pid"
  stop_pid_file "$dir/host-A.pid"
  stop_pid_file "$dir/redis/redis.pid"
  scripts/mariadb.sh stop "$dir/mariadb" || true
  rm -rf "$dir"
  ;;
status)
  [ -d "$dir" ] || { echo "no cluster in $dir"; exit 0; }
  for name in A B; do
    [ -f "$dir/host-$name.port" ] || continue
    echo "host $name (pid $(cat "$dir/host-$name.pid"), port $(cat "$dir/host-$name.port")): $(curl -s "http://127.0.0.1:$(cat "$dir/host-$name.port")/health/ready" || echo down)"
  done
  echo "nginx on :$port: $(curl -s "http://127.0.0.1:$port/health/ready" || echo down)"
  ;;
*)
  echo "usage: scripts/cluster.sh up|down|status" >&2; exit 2
  ;;
esac

#!/usr/bin/env bash
# A throwaway MariaDB for the tests: its own data folder, socket and free port on 127.0.0.1, no grant tables.
#   scripts/mariadb.sh start DIR   -> prints the connection string (without a database) on stdout
#   scripts/mariadb.sh stop DIR
# As root it installs Debian's mariadb-server when missing; otherwise it uses what is installed.
set -euo pipefail
command=${1:?start|stop}; dir=${2:?folder}

case "$command" in
start)
  if ! command -v mariadbd >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server) >&2 || true
    fi
  fi
  command -v mariadbd >/dev/null || { echo "mariadbd is not installed" >&2; exit 3; }
  mkdir -p "$dir"; chmod 755 "$dir"
  user_args=()
  if [ "$(id -u)" = 0 ]; then user_args=(--user=mysql); chown mysql:mysql "$dir"; fi
  mariadb-install-db "${user_args[@]}" --datadir="$dir/data" --auth-root-authentication-method=normal \
    --skip-test-db >"$dir/install.log" 2>&1 || { cat "$dir/install.log" >&2; exit 4; }
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
  mariadbd "${user_args[@]}" --datadir="$dir/data" --socket="$dir/mariadb.sock" --pid-file="$dir/mariadb.pid" \
    --port="$port" --bind-address=127.0.0.1 --skip-grant-tables --skip-name-resolve \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --innodb-buffer-pool-size=256M --innodb-flush-log-at-trx-commit=1 --max-connections=500 \
    >"$dir/server.log" 2>&1 &
  for _ in $(seq 1 60); do
    if mariadb --protocol=tcp -h 127.0.0.1 -P "$port" -u root -e 'SELECT 1' >/dev/null 2>&1; then
      echo "Server=127.0.0.1;Port=$port;User=root;Password=;CharSet=utf8mb4;Pooling=true;Maximum Pool Size=200"
      exit 0
    fi
    sleep 1
  done
  cat "$dir/server.log" >&2; exit 5
  ;;
stop)
  if [ -f "$dir/mariadb.pid" ]; then
    pid=$(cat "$dir/mariadb.pid"); kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -rf "$dir"
  ;;
esac

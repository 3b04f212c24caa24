# SPDX-FileCopyrightText: 2026 Video Verification contributors
# SPDX-License-Identifier: AGPL-3.0-or-later
#
# Throw-away PostgreSQL and MariaDB servers for the database matrix (tests/db/run-matrix.sh)
# and the clustered demo (tests/demo/cluster/run.sh). Sourced, with $work set to a
# temporary folder: start_pgsql / start_mysql initialise a server there, as an unprivileged
# user when run as root, and set db_host, db_port, db_user_name, db_password, db_name;
# stop_db_servers stops what was started (the caller's exit trap calls it).

pg_started=''
my_pid=''
stop_db_servers() {
	if [ -n "$pg_started" ]; then as_db_user "$pg_bin/pg_ctl" -D "$work/pg" -m immediate -w stop >/dev/null 2>&1 || true; pg_started=''; fi
	if [ -n "$my_pid" ]; then kill "$my_pid" 2>/dev/null || true; wait "$my_pid" 2>/dev/null || true; my_pid=''; fi
}

# PostgreSQL and MariaDB refuse to run as root: use nobody then.
db_user=$(id -un)
if [ "$(id -u)" = 0 ]; then db_user=nobody; chown "$db_user" "$work"; fi
pg_bin=${VV_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
as_db_user() {
	if [ "$(id -u)" = 0 ]; then runuser -u "$db_user" -- "$@"; else "$@"; fi
}
free_port() {
	php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo parse_url("tcp://" . stream_socket_get_name($s, false), PHP_URL_PORT);'
}
wait_for() { # seconds, command...
	tries=$(($1 * 10)); shift
	while ! "$@" >/dev/null 2>&1; do
		tries=$((tries - 1)); [ "$tries" -gt 0 ] || return 1; sleep 0.1
	done
}

start_pgsql() {
	db_port=$(free_port)
	as_db_user "$pg_bin/initdb" -D "$work/pg" -U vv --auth=trust -E UTF8 --locale=C.UTF-8 >"$work/pg-init.log" 2>&1 \
		|| { cat "$work/pg-init.log" >&2; exit 1; }
	as_db_user "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w -t 30 \
		-o "-p $db_port -k $work -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >/dev/null \
		|| { cat "$work/pg.log" >&2; exit 1; }
	pg_started=1
	"$pg_bin/createdb" -h 127.0.0.1 -p "$db_port" -U vv vv
	db_host=127.0.0.1 db_port=$db_port db_user_name=vv db_password='' db_name=vv
}

# As Nextcloud's admin manual asks of MySQL/MariaDB: READ COMMITTED, row-based binary log.
start_mysql() {
	db_port=$(free_port)
	mkdir -p "$work/my"; chown "$db_user" "$work/my"
	mariadb-install-db --no-defaults --datadir="$work/my" --user="$db_user" \
		--auth-root-authentication-method=normal --skip-test-db >"$work/my-init.log" 2>&1 \
		|| { cat "$work/my-init.log" >&2; exit 1; }
	mariadbd --no-defaults --datadir="$work/my" --user="$db_user" --socket="$work/my.sock" \
		--port="$db_port" --bind-address=127.0.0.1 --pid-file="$work/my.pid" --log-error="$work/my.log" \
		--transaction-isolation=READ-COMMITTED --binlog-format=ROW --skip-log-bin \
		--character-set-server=utf8mb4 --collation-server=utf8mb4_general_ci \
		--innodb-buffer-pool-size=64M --innodb-flush-log-at-trx-commit=0 --innodb-doublewrite=0 \
		--skip-name-resolve &
	my_pid=$!
	wait_for 60 mariadb --no-defaults -S "$work/my.sock" -u root -e 'SELECT 1' \
		|| { cat "$work/my.log" >&2; exit 1; }
	mariadb --no-defaults -S "$work/my.sock" -u root -e \
		"CREATE DATABASE vv CHARACTER SET utf8mb4 COLLATE utf8mb4_bin; CREATE USER 'vv'@'127.0.0.1' IDENTIFIED BY 'vv'; GRANT ALL ON vv.* TO 'vv'@'127.0.0.1';"
	db_host=127.0.0.1 db_port=$db_port db_user_name=vv db_password=vv db_name=vv
}


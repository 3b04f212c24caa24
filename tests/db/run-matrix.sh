#!/bin/sh
# SPDX-FileCopyrightText: 2026 Video Verification contributors
# SPDX-License-Identifier: AGPL-3.0-or-later
#
# Runs the database-dependent PHPUnit tests (migrations and mappers) on SQLite, PostgreSQL
# and MariaDB/MySQL. For the two servers it starts a throw-away instance in a temporary
# folder (as an unprivileged user when run as root), points the tests at it through
# VV_TEST_DB* (tests/support/Db/TestDatabase.php) and stops it again, whatever happens.
#
#   tests/db/run-matrix.sh                      all three engines, tests/php/Unit/{Db,Migration}
#   VV_DB_ENGINES="pgsql" tests/db/run-matrix.sh tests/php/Unit/Db/CallbackMapperTest.php
set -eu

engines=${VV_DB_ENGINES:-sqlite pgsql mysql}
[ $# -gt 0 ] || set -- tests/php/Unit/Db tests/php/Unit/Migration
pg_bin=${VV_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}

work=$(mktemp -d /tmp/vv-dbmatrix.XXXXXX)
chmod 755 "$work"
pg_started=''
my_pid=''
cleanup() {
	if [ -n "$pg_started" ]; then as_db_user "$pg_bin/pg_ctl" -D "$work/pg" -m immediate -w stop >/dev/null 2>&1 || true; fi
	if [ -n "$my_pid" ]; then kill "$my_pid" 2>/dev/null || true; wait "$my_pid" 2>/dev/null || true; fi
	rm -rf "$work"
}
trap cleanup EXIT
trap 'cleanup; trap - EXIT; exit 130' INT TERM

# PostgreSQL and MariaDB refuse to run as root: use nobody then.
db_user=$(id -un)
if [ "$(id -u)" = 0 ]; then db_user=nobody; chown "$db_user" "$work"; fi
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
	port=$(free_port)
	as_db_user "$pg_bin/initdb" -D "$work/pg" -U vv --auth=trust -E UTF8 --locale=C.UTF-8 >"$work/pg-init.log" 2>&1 \
		|| { cat "$work/pg-init.log" >&2; exit 1; }
	as_db_user "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w -t 30 \
		-o "-p $port -k $work -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >/dev/null \
		|| { cat "$work/pg.log" >&2; exit 1; }
	pg_started=1
	"$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U vv vv
	export VV_TEST_DB_HOST=127.0.0.1 VV_TEST_DB_PORT="$port" VV_TEST_DB_USER=vv VV_TEST_DB_PASSWORD='' VV_TEST_DB_NAME=vv
}

# As Nextcloud's admin manual asks of MySQL/MariaDB: READ COMMITTED, row-based binary log.
start_mysql() {
	port=$(free_port)
	mkdir -p "$work/my"; chown "$db_user" "$work/my"
	mariadb-install-db --no-defaults --datadir="$work/my" --user="$db_user" \
		--auth-root-authentication-method=normal --skip-test-db >"$work/my-init.log" 2>&1 \
		|| { cat "$work/my-init.log" >&2; exit 1; }
	mariadbd --no-defaults --datadir="$work/my" --user="$db_user" --socket="$work/my.sock" \
		--port="$port" --bind-address=127.0.0.1 --pid-file="$work/my.pid" --log-error="$work/my.log" \
		--transaction-isolation=READ-COMMITTED --binlog-format=ROW --skip-log-bin \
		--character-set-server=utf8mb4 --collation-server=utf8mb4_general_ci \
		--innodb-buffer-pool-size=64M --innodb-flush-log-at-trx-commit=0 --innodb-doublewrite=0 \
		--skip-name-resolve &
	my_pid=$!
	wait_for 60 mariadb --no-defaults -S "$work/my.sock" -u root -e 'SELECT 1' \
		|| { cat "$work/my.log" >&2; exit 1; }
	mariadb --no-defaults -S "$work/my.sock" -u root -e \
		"CREATE DATABASE vv CHARACTER SET utf8mb4 COLLATE utf8mb4_bin; CREATE USER 'vv'@'127.0.0.1' IDENTIFIED BY 'vv'; GRANT ALL ON vv.* TO 'vv'@'127.0.0.1';"
	export VV_TEST_DB_HOST=127.0.0.1 VV_TEST_DB_PORT="$port" VV_TEST_DB_USER=vv VV_TEST_DB_PASSWORD=vv VV_TEST_DB_NAME=vv
}

status=0
for engine in $engines; do
	case "$engine" in
		sqlite) ;;
		pgsql) start_pgsql ;;
		mysql) start_mysql ;;
		*) echo "unknown engine '$engine' (sqlite, pgsql or mysql)" >&2; exit 2 ;;
	esac
	for path in "$@"; do
		echo "== PHPUnit on $engine: $path"
		VV_TEST_DB=$engine phpunit -c phpunit.xml "$path" || status=1
	done
done
exit $status

#!/bin/bash
# SPDX-FileCopyrightText: 2026 Video Verification contributors
# SPDX-License-Identifier: AGPL-3.0-or-later
#
# Runs the database-dependent PHPUnit tests (migrations and mappers) on SQLite, PostgreSQL
# and MariaDB/MySQL. For the two servers it starts a throw-away instance in a temporary
# folder (as an unprivileged user when run as root), points the tests at it through
# VV_TEST_DB* (tests/support/Db/TestDatabase.php) and stops it again, whatever happens.
#
#   tests/db/run-matrix.sh                      all three engines: tests/php/Unit/{Db,Migration}, the record chain
#   VV_DB_ENGINES="pgsql" tests/db/run-matrix.sh tests/php/Unit/Db/CallbackMapperTest.php
set -eu

engines=${VV_DB_ENGINES:-sqlite pgsql mysql}
[ $# -gt 0 ] || set -- tests/php/Unit/Db tests/php/Unit/Migration tests/php/Unit/Records/RecordChainTest.php

work=$(mktemp -d /tmp/vv-dbmatrix.XXXXXX)
chmod 755 "$work"
cleanup() {
	stop_db_servers
	rm -rf "$work"
}
trap cleanup EXIT
trap 'cleanup; trap - EXIT; exit 130' INT TERM
. "$(dirname "$0")/servers.sh"

status=0
for engine in $engines; do
	case "$engine" in
		sqlite) ;;
		pgsql) start_pgsql ;;
		mysql) start_mysql ;;
		*) echo "unknown engine '$engine' (sqlite, pgsql or mysql)" >&2; exit 2 ;;
	esac
	[ "$engine" = sqlite ] || export VV_TEST_DB_HOST="$db_host" VV_TEST_DB_PORT="$db_port" \
		VV_TEST_DB_USER="$db_user_name" VV_TEST_DB_PASSWORD="$db_password" VV_TEST_DB_NAME="$db_name"
	for path in "$@"; do
		echo "== PHPUnit on $engine: $path"
		VV_TEST_DB=$engine phpunit -c phpunit.xml "$path" || status=1
	done
done
exit $status

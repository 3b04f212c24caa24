#!/bin/bash
# SPDX-FileCopyrightText: 2026 Video Verification contributors
# SPDX-License-Identifier: AGPL-3.0-or-later
#
# `make demo STACK=cluster`: the demo host as a clustered install runs it, on PORT:
#   nginx (round-robin) -> two PHP-FPM pools, "app1" and "app2", each with its own temp
#   and cache folder; Redis as distributed cache, lock store and PHP session store (as
#   Nextcloud's admin manual configures clustered installs: memcache.distributed and
#   memcache.locking = \OC\Memcache\Redis, session.save_handler = redis with locking);
#   coturn with a shared secret (use-auth-secret), which Talk's stand-in hands out as
#   time-limited credentials. Every service runs from a temporary folder and stops with
#   this script (Ctrl+C, SIGTERM or the end of a service); nothing is left running.
#
# Environment: PORT (8080), VV_DEMO_DATA, VV_DEMO_SIGNALING_SERVERS as for the plain demo;
# VV_CLUSTER_DB=pgsql (default) or mysql for the app's tables;
# VV_TURN_PORT / VV_TURN_SECRET: coturn's port and shared secret (default: a free port, a random
# secret), given when Janus (SIGNALING=external-mcu) is to use this coturn too;
# VV_CLUSTER_KEEP=1 leaves the temporary folder for inspection; VV_CLUSTER_WORK_PARENT is where
# it is made (default /tmp; the e2e runs use their own run folder, removed after them).
set -eu

repo=$(cd "$(dirname "$0")/../../.." && pwd)
port=${PORT:-8080}
data=${VV_DEMO_DATA:-$repo/tests/demo/.data}
work=$(mktemp -d "${VV_CLUSTER_WORK_PARENT:-/tmp}/vv-cluster.XXXXXX")
chmod 755 "$work"
pids=''
redis_pid=''

stop_all() {
	for pid in $pids $redis_pid; do kill "$pid" 2>/dev/null || true; done
	for pid in $pids $redis_pid; do wait "$pid" 2>/dev/null || true; done
	stop_db_servers
	[ "${VV_CLUSTER_KEEP:-0}" = 1 ] || rm -rf "$work"
}
trap stop_all EXIT
trap 'stop_all; trap - EXIT; exit 0' INT TERM

. "$repo/tests/db/servers.sh"

mkdir -p "$data"
# The app's tables on PostgreSQL (VV_CLUSTER_DB=mysql: MariaDB), as a clustered install keeps
# them; the stand-ins of Nextcloud's own tables stay in the demo's data folder.
db_engine=${VV_CLUSTER_DB:-pgsql}
case "$db_engine" in
	pgsql) start_pgsql ;;
	mysql) start_mysql ;;
	*) echo "VV_CLUSTER_DB must be pgsql or mysql" >&2; exit 2 ;;
esac
redis_port=$(free_port)
turn_port=${VV_TURN_PORT:-$(free_port)}
turn_secret=${VV_TURN_SECRET:-$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')}

# Redis: with an append-only file in the work folder, as a production Redis holding sessions
# keeps them over a restart.
start_redis() {
	redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly yes --appendfsync always --dir "$work" \
		--logfile "$work/redis.log" &
	redis_pid=$!
	wait_for 10 redis-cli -p "$redis_port" ping || { cat "$work/redis.log" >&2; exit 1; }
}
start_redis

# coturn: TURN REST API credentials (use-auth-secret), loopback only, no TLS.
turnserver -n --listening-ip=127.0.0.1 --relay-ip=127.0.0.1 --listening-port="$turn_port" \
	--min-port=49160 --max-port=49200 --use-auth-secret --static-auth-secret="$turn_secret" \
	--realm=video-verification.demo --no-tls --no-dtls --no-cli --allow-loopback-peers \
	--pidfile="$work/turnserver.pid" --log-file="$work/turnserver.log" --simple-log &
turn_pid=$!
pids="$pids $turn_pid"

# The two app servers: one PHP-FPM master each, own socket, temp and cache folder.
for node in app1 app2; do
	mkdir -p "$work/$node/tmp" "$work/$node/cache"
	cat > "$work/$node/php-fpm.conf" <<CONF
[global]
pid = $work/$node/php-fpm.pid
error_log = $work/$node/php-fpm.log
daemonize = no

[$node]
listen = $work/$node/php-fpm.sock
listen.mode = 0666
pm = static
pm.max_children = ${VV_CLUSTER_WORKERS:-4}
clear_env = no
catch_workers_output = yes
decorate_workers_output = no
env[TMPDIR] = $work/$node/tmp
env[VV_DEMO_NODE] = $node
env[VV_DEMO_DATA] = $data
env[VV_DEMO_REDIS] = 127.0.0.1:$redis_port
env[VV_DEMO_PROCESS_POOL] = 1
env[VV_DEMO_DB] = $db_engine
env[VV_DEMO_DB_HOST] = $db_host
env[VV_DEMO_DB_PORT] = $db_port
env[VV_DEMO_DB_USER] = $db_user_name
env[VV_DEMO_DB_NAME] = $db_name
php_admin_value[sys_temp_dir] = $work/$node/tmp
php_admin_value[upload_tmp_dir] = $work/$node/tmp
php_admin_value[opcache.file_cache] = $work/$node/cache
php_admin_value[redis.session.locking_enabled] = 1
php_admin_value[redis.session.lock_retries] = -1
php_admin_value[redis.session.lock_wait_time] = 10000
php_admin_value[memory_limit] = 512M
CONF
	[ -z "$db_password" ] || echo "env[VV_DEMO_DB_PASSWORD] = $db_password" >> "$work/$node/php-fpm.conf"
	# VV_CLUSTER_TURN=off leaves Talk's turn_servers unset (a cluster without TURN). The stored
	# spreed OpenAPI spec types a TURN server's credential as an object where Talk sends a
	# string; the contract check knows it (tests/contract/SpecErrata.php).
	if [ "${VV_CLUSTER_TURN:-on}" != off ]; then
		echo "env[VV_DEMO_TURN_SERVERS] = '[{\"schemes\":\"turn\",\"server\":\"127.0.0.1:$turn_port\",\"secret\":\"$turn_secret\",\"protocols\":\"udp,tcp\"}]'" >> "$work/$node/php-fpm.conf"
	fi
	if [ "$(id -u)" = 0 ]; then
		printf 'user = %s\ngroup = %s\n' "$(id -un)" "$(id -gn)" >> "$work/$node/php-fpm.conf"
		php-fpm8.2 -R -F -y "$work/$node/php-fpm.conf" &
	else
		php-fpm8.2 -F -y "$work/$node/php-fpm.conf" &
	fi
	pids="$pids $!"
	eval "${node}_pid=$!"
done

mkdir -p "$work/nginx"
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
daemon off;
events { worker_connections 1024; }
http {
	access_log off;
	client_body_temp_path $work/nginx/body;
	fastcgi_temp_path $work/nginx/fastcgi;
	proxy_temp_path $work/nginx/proxy;
	uwsgi_temp_path $work/nginx/uwsgi;
	scgi_temp_path $work/nginx/scgi;
	client_max_body_size 512M;
	# max_fails above 1: a single killed worker (its request ends in 502) must not take its
	# whole app server out; with max_fails=1, one such kill on each server made nginx answer
	# every request 502 ("no live upstreams") for fail_timeout. A stopped app server refuses
	# connections, which nginx passes on to the other server whatever the count.
	upstream app_servers {
		server unix:$work/app1/php-fpm.sock max_fails=3 fail_timeout=5s;
		server unix:$work/app2/php-fpm.sock max_fails=3 fail_timeout=5s;
	}
	server {
		listen $port;
		location / {
			include /etc/nginx/fastcgi_params;
			# Debian's fastcgi_params pass \$host, which drops the port the URLs must keep.
			fastcgi_param HTTP_HOST \$http_host;
			fastcgi_param SCRIPT_FILENAME $repo/tests/demo/server/router.php;
			fastcgi_param SCRIPT_NAME /index.php;
			fastcgi_param PATH_INFO \$uri;
			fastcgi_pass app_servers;
			fastcgi_next_upstream error timeout;
			fastcgi_read_timeout 120s;
			fastcgi_buffering off;
		}
	}
}
CONF
wait_for 20 test -S "$work/app1/php-fpm.sock" -a -S "$work/app2/php-fpm.sock" \
	|| { cat "$work"/app*/php-fpm.log >&2; exit 1; }
nginx -c "$work/nginx/nginx.conf" &
nginx_pid=$!
pids="$pids $nginx_pid"

echo "Cluster demo on :$port: nginx -> app1, app2 (PHP-FPM), $db_engine :$db_port, Redis :$redis_port, coturn :$turn_port (work folder $work)"
# For the e2e runs that stop an app server or restart Redis (VV_CLUSTER_STATE names the file):
# SIGTERM to app1_pid/app2_pid stops that app server, nginx sends its requests to the other;
# SIGUSR1 to this script restarts Redis (it reloads its append-only file).
if [ -n "${VV_CLUSTER_STATE:-}" ]; then
	printf '{"stack": %d, "app1": %d, "app2": %d, "redisPort": %d, "turnPort": %d, "turnSecret": "%s"}\n' \
		$$ "$app1_pid" "$app2_pid" "$redis_port" "$turn_port" "$turn_secret" > "$VV_CLUSTER_STATE"
fi
restart_redis=''
trap 'restart_redis=1' USR1
# nginx, Redis or the database ending ends the stack; one app server ending does not.
while :; do
	if [ -n "$restart_redis" ]; then
		restart_redis=''
		kill "$redis_pid"; wait "$redis_pid" 2>/dev/null || true
		start_redis
		echo "Redis restarted" >&2
	fi
	for pid in $nginx_pid $redis_pid $turn_pid; do kill -0 "$pid" 2>/dev/null || { echo "A service of the cluster demo ended; stopping" >&2; exit 1; }; done
	kill -0 "$app1_pid" 2>/dev/null || kill -0 "$app2_pid" 2>/dev/null || { echo "Both app servers ended; stopping" >&2; exit 1; }
	sleep 1 & wait $! || true
done

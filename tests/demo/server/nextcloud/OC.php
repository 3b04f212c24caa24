<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * Stand-in for the static core of Nextcloud's lib/base.php (class OC, server 33/34): the real
 * nextcloud/ocp reaches the running server through it (OCP\Server::get() is
 * `\OC::$server->get()`, used by OCP\AppFramework\Http\Response::getHeaders, OCP\Util and
 * others). Here $server is the demo host's service container (ServiceWiring sets it) or, in
 * PHPUnit, the small container tests/bootstrap.php sets up.
 */
class OC {
	/** @var \Psr\Container\ContainerInterface */
	public static $server;
	/** the web root the server runs under ('' at the domain root, as the demo) */
	public static string $WEBROOT = '';
	/** the server's installation folder; the demo's is the repository */
	public static string $SERVERROOT = '';
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

// PHPUnit's own classes come from the phpunit runner (Debian's); everything else through
// the shared autoloader (nextcloud/ocp of the release VV_OCP names, default 33.0.8).
require_once __DIR__ . '/autoload.php';

if (!interface_exists(\OCP\IDBConnection::class)) {
	fwrite(STDERR, "nextcloud/ocp does not provide OCP\\IDBConnection: run `make deps`\n");
	exit(1);
}

// The server nextcloud/ocp's own code asks for services (OCP\Server::get, OCP\Util) until a
// test builds a demo host, whose container then takes over (ServiceWiring).
$videoVerificationServer = new \OCA\VideoVerification\Demo\Container\ServiceContainer();
$videoVerificationServer->register(\OCP\L10N\IFactory::class, static fn () => new \OCA\VideoVerification\Demo\Ocp\L10N\DemoL10NFactory());
$videoVerificationServer->register(\Psr\Log\LoggerInterface::class, static fn () => new \Psr\Log\NullLogger());
\OC::$server = $videoVerificationServer;
\OC::$SERVERROOT = dirname(__DIR__);
unset($videoVerificationServer);
if (!class_exists(\Doctrine\DBAL\DriverManager::class)) {
	fwrite(STDERR, "Doctrine DBAL is missing: apt-get install php-doctrine-dbal php-sqlite3\n");
	exit(1);
}

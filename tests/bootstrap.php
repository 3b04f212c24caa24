<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

// PHPUnit's own classes come from the phpunit runner (Debian's or vendor/bin's);
// everything else through the shared autoloader, which falls back to tests/stubs
// when nextcloud/ocp is not installed.
require_once __DIR__ . '/autoload.php';

if (!interface_exists(\OCP\IDBConnection::class)) {
	fwrite(STDERR, "Neither vendor/nextcloud/ocp nor tests/stubs provide OCP\\IDBConnection\n");
	exit(1);
}
if (!class_exists(\Doctrine\DBAL\DriverManager::class)) {
	fwrite(STDERR, "Doctrine DBAL is missing: apt-get install php-doctrine-dbal php-sqlite3\n");
	exit(1);
}

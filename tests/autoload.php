<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/*
 * One autoloader for PHPUnit, the contract tests and the demo host.
 *
 * Our own namespaces map to their folders. Nextcloud's public API (OCP, NCU) and the
 * classes of other apps (OCA\Files, OCA\Files_Sharing, ...) come from vendor/ when
 * `composer install` could fetch nextcloud/ocp, otherwise from our hand-written
 * signature stubs in tests/stubs/. Doctrine DBAL comes from Debian's php-doctrine-dbal.
 */

$videoVerificationRoot = dirname(__DIR__);

if (is_file($videoVerificationRoot . '/vendor/autoload.php')) {
	require_once $videoVerificationRoot . '/vendor/autoload.php';
}
// Symfony Console for the tests (Nextcloud ships it at run time), from
// tests/tools/composer.json.
if (is_file($videoVerificationRoot . '/build/tools/vendor/autoload.php')) {
	require_once $videoVerificationRoot . '/build/tools/vendor/autoload.php';
}

foreach ([
	'/usr/share/php/Doctrine/DBAL/autoload.php',
	'/usr/share/php/Psr/Container/autoload.php',
	'/usr/share/php/Psr/Log/autoload.php',
] as $debianAutoloader) {
	if (is_file($debianAutoloader)) {
		require_once $debianAutoloader;
	}
}
unset($debianAutoloader);

spl_autoload_register(static function (string $class) use ($videoVerificationRoot): void {
	// Longest prefix first: the app namespace is a prefix of the test namespaces.
	$ownNamespaces = [
		'OCA\\VideoVerification\\Tests\\Unit\\' => '/tests/php/Unit/',
		'OCA\\VideoVerification\\Tests\\Support\\' => '/tests/support/',
		'OCA\\VideoVerification\\Tests\\Contract\\' => '/tests/contract/',
		'OCA\\VideoVerification\\Demo\\' => '/tests/demo/server/src/',
		'OCA\\VideoVerification\\' => '/lib/',
	];
	foreach ($ownNamespaces as $prefix => $folder) {
		if (str_starts_with($class, $prefix)) {
			$file = $videoVerificationRoot . $folder . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
			if (is_file($file)) {
				require_once $file;
			}
			return;
		}
	}

	$relative = str_replace('\\', '/', $class) . '.php';
	// nextcloud/ocp has no autoload section of its own.
	if (str_starts_with($class, 'OCP\\') || str_starts_with($class, 'NCU\\')) {
		$vendorFile = $videoVerificationRoot . '/vendor/nextcloud/ocp/' . $relative;
		if (is_file($vendorFile)) {
			require_once $vendorFile;
			return;
		}
	}
	if (str_starts_with($class, 'OCP\\') || str_starts_with($class, 'NCU\\')
		|| str_starts_with($class, 'OCA\\') || str_starts_with($class, 'Psr\\')
		|| str_starts_with($class, 'Sabre\\')) {
		$stubFile = $videoVerificationRoot . '/tests/stubs/' . $relative;
		if (is_file($stubFile)) {
			require_once $stubFile;
		}
	}
});

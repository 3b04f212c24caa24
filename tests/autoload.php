<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/*
 * One autoloader for PHPUnit, the contract tests and the demo host.
 *
 * Nextcloud's public API (OCP, NCU) and its PSR dependencies come from Nextcloud's own
 * `nextcloud/ocp` package, which the Makefile installs once per supported release into
 * build/ocp/<version>/vendor (tests/ocp/<version>/composer.json). VV_OCP selects the
 * release (default 33.0.8): `VV_OCP=34.0.3 phpunit -c phpunit.xml`. Classes of other apps
 * (OCA\Files, OCA\Files_Sharing) are not in nextcloud/ocp: tests/stubs holds the few we
 * use, each following the upstream file named in its header. Our own namespaces map to
 * their folders. Doctrine DBAL comes from Debian's php-doctrine-dbal.
 */

$videoVerificationRoot = dirname(__DIR__);
$videoVerificationOcp = getenv('VV_OCP') ?: '33.0.8';
if (!preg_match('/^\d+\.\d+\.\d+(-dev)?$/', $videoVerificationOcp)) {
	fwrite(STDERR, "VV_OCP must be a nextcloud/ocp version such as 33.0.8, not '$videoVerificationOcp'\n");
	exit(1);
}
$videoVerificationOcpVendor = $videoVerificationRoot . '/build/ocp/' . $videoVerificationOcp . '/vendor';
if (!is_file($videoVerificationOcpVendor . '/autoload.php')) {
	fwrite(STDERR, "nextcloud/ocp $videoVerificationOcp is not installed in $videoVerificationOcpVendor: run `make deps`\n");
	exit(1);
}
// psr/log, psr/container, ... in the versions nextcloud/ocp requires.
require_once $videoVerificationOcpVendor . '/autoload.php';

if (is_file('/usr/share/php/Doctrine/DBAL/autoload.php')) {
	require_once '/usr/share/php/Doctrine/DBAL/autoload.php';
}
// Symfony Console for the tests (Nextcloud ships it at run time), from
// tests/tools/composer.json.
if (is_file($videoVerificationRoot . '/build/tools/vendor/autoload.php')) {
	require_once $videoVerificationRoot . '/build/tools/vendor/autoload.php';
}

spl_autoload_register(static function (string $class) use ($videoVerificationRoot, $videoVerificationOcpVendor): void {
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

	// The few classes of Nextcloud's server core that nextcloud/ocp itself calls into
	// (\OC::$server behind OCP\Server::get, OC_Util and the script sorting behind OCP\Util),
	// stood in by tests/demo/server/nextcloud.
	if (in_array($class, ['OC', 'OC_Util', 'OC\\AppScriptSort', 'OC\\AppScriptDependency'], true)) {
		require_once $videoVerificationRoot . '/tests/demo/server/nextcloud/' . str_replace('\\', '/', $class) . '.php';
		return;
	}

	$relative = str_replace('\\', '/', $class) . '.php';
	// nextcloud/ocp has no autoload section of its own.
	if (str_starts_with($class, 'OCP\\') || str_starts_with($class, 'NCU\\')) {
		$file = $videoVerificationOcpVendor . '/nextcloud/ocp/' . $relative;
		if (!is_file($file)) {
			// Public API newer than every nextcloud/ocp we have (tests/ocp/newer/README.md).
			$file = $videoVerificationRoot . '/tests/ocp/newer/' . $relative;
		}
	} elseif (str_starts_with($class, 'OCA\\') || str_starts_with($class, 'Sabre\\')) {
		// Other apps' classes and sabre/dav (shipped by the server, not on the registry).
		$file = $videoVerificationRoot . '/tests/stubs/' . $relative;
	} else {
		return;
	}
	if (is_file($file)) {
		require_once $file;
	}
});
unset($videoVerificationOcp);

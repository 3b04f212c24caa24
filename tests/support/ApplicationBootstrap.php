<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Support;

use OCA\VideoVerification\AppInfo\Application;

/**
 * The app's Application for hosts without a Nextcloud server (PHPUnit, the demo).
 *
 * OCP\AppFramework\App's constructor asks the running server (\OC::$server, through
 * OCP\Server) for the app's DI container; the tests and the demo have their own container
 * and only call register() (and boot()), which do not touch App's container. So the object
 * is made without that constructor.
 */
final class ApplicationBootstrap {
	public static function application(): Application {
		return (new \ReflectionClass(Application::class))->newInstanceWithoutConstructor();
	}
}

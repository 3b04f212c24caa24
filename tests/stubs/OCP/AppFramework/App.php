<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\AppFramework;

/**
 * Signature stub of OCP\AppFramework\App (since 6.0.0). Upstream builds the app's DI
 * container here; the demo host has its own container.
 */
class App {
	/**
	 * @param string $appName
	 * @param array $urlParams an array with variables extracted from the routes
	 */
	public function __construct(string $appName, array $urlParams = []) {
	}
}

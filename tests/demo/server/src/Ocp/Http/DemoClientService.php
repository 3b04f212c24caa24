<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Http;

use OCP\Http\Client\IClient;
use OCP\Http\Client\IClientService;

/**
 * Nextcloud's HTTP client service over PHP streams.
 */
final class DemoClientService implements IClientService {
	public function newClient(): IClient {
		return new DemoHttpClient();
	}
}

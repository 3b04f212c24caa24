<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Talk;

use OCP\Http\Client\IClientService;

/**
 * Asks a High Performance Backend for its welcome message (GET <server>/api/v1/welcome, as
 * Talk's own admin page does), with a short timeout so the admin pages stay quick.
 */
class SignalingServerProbe {
	public const TIMEOUT_SECONDS = 3;

	public function __construct(
		private IClientService $clientService,
	) {
	}

	/**
	 * @return string|null the server's version, or null when it answers without one
	 * @throws \RuntimeException when it does not answer as a signaling server
	 */
	public function welcome(string $server, bool $verify): ?string {
		try {
			$response = $this->clientService->newClient()->get(self::welcomeUrl($server), [
				'timeout' => self::TIMEOUT_SECONDS,
				'connect_timeout' => self::TIMEOUT_SECONDS,
				'verify' => $verify,
				// The HPB usually runs on the same host or network
				'nextcloud' => ['allow_local_address' => true],
			]);
		} catch (\Exception $e) {
			throw new \RuntimeException($e->getMessage(), 0, $e);
		}
		$body = json_decode((string)$response->getBody(), true);
		if ($response->getStatusCode() !== 200 || !is_array($body) || !array_key_exists('nextcloud-spreed-signaling', $body)) {
			throw new \RuntimeException('Unexpected answer (HTTP ' . $response->getStatusCode() . ')');
		}
		return is_string($body['version'] ?? null) ? $body['version'] : null;
	}

	public static function welcomeUrl(string $server): string {
		$url = rtrim($server, '/');
		if (str_starts_with($url, 'wss://')) {
			$url = 'https://' . substr($url, 6);
		} elseif (str_starts_with($url, 'ws://')) {
			$url = 'http://' . substr($url, 5);
		}
		return $url . '/api/v1/welcome';
	}
}

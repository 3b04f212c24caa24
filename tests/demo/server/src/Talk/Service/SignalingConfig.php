<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk\Service;

use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IAppConfig;

/**
 * Talk's signaling and ICE settings, read from the 'spreed' app config keys Talk's admin
 * settings write: `stun_servers` (list of "host:port"), `turn_servers` (list of
 * {schemes, server, secret, protocols}) — arrays, as Talk 25's config lexicon types them
 * (TalkConfigLexicon) — `signaling_servers` (JSON {servers: [{server}],
 * secret}: set means external signaling, i.e. the High Performance Backend).
 */
final class SignalingConfig {
	public const APP = 'spreed';
	private const DEFAULT_STUN_SERVER = 'stun.nextcloud.com:443';
	private const TURN_CREDENTIAL_LIFETIME = 86400;

	public function __construct(
		private readonly IAppConfig $appConfig,
		private readonly ITimeFactory $time,
	) {
	}

	public function isInternal(): bool {
		return $this->externalServers() === [];
	}

	/**
	 * @return list<string>
	 */
	public function externalServers(): array {
		$config = $this->externalConfig();
		$servers = is_array($config['servers'] ?? null) ? $config['servers'] : [];
		return array_values(array_filter(array_map(fn ($server) => is_array($server) ? (string)($server['server'] ?? '') : '', $servers)));
	}

	/**
	 * The secret Talk shares with the signaling server: it signs requests both ways.
	 */
	public function externalSecret(): string {
		return (string)($this->externalConfig()['secret'] ?? '');
	}

	/**
	 * @return array<string, mixed>
	 */
	private function externalConfig(): array {
		$config = json_decode($this->appConfig->getValueString(self::APP, 'signaling_servers', ''), true);
		return is_array($config) ? $config : [];
	}

	/**
	 * @return list<array{urls: list<string>}>
	 */
	public function stunServers(): array {
		$configured = $this->appConfig->hasKey(self::APP, 'stun_servers') ? $this->appConfig->getValueArray(self::APP, 'stun_servers') : null;
		$servers = is_array($configured) ? array_values(array_filter($configured, 'is_string')) : [self::DEFAULT_STUN_SERVER];
		return $servers === [] ? [] : [['urls' => array_map(fn (string $server) => 'stun:' . $server, $servers)]];
	}

	/**
	 * Time-limited TURN credentials from the shared secret (TURN REST API, as Talk computes them).
	 *
	 * @return list<array{urls: list<string>, username: string, credential: string}>
	 */
	public function turnServers(): array {
		$configured = $this->appConfig->getValueArray(self::APP, 'turn_servers');
		// spreed lib/Config.php getTurnSettings: "<expiry>:<16 random characters>", one per response.
		$username = ($this->time->getTime() + self::TURN_CREDENTIAL_LIFETIME) . ':' . substr(bin2hex(random_bytes(8)), 0, 16);
		$servers = [];
		foreach ($configured as $server) {
			if (!is_array($server) || !is_string($server['server'] ?? null) || !is_string($server['secret'] ?? null)) {
				continue;
			}
			$urls = [];
			foreach (explode(',', (string)($server['schemes'] ?? 'turn')) as $scheme) {
				foreach (explode(',', (string)($server['protocols'] ?? 'udp,tcp')) as $protocol) {
					$urls[] = $scheme . ':' . $server['server'] . '?transport=' . $protocol;
				}
			}
			$servers[] = [
				'urls' => $urls,
				'username' => $username,
				'credential' => base64_encode(hash_hmac('sha1', $username, $server['secret'], true)),
			];
		}
		return $servers;
	}
}

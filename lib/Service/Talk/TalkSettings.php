<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Talk;

use OCP\Exceptions\AppConfigUnknownKeyException;
use OCP\IAppConfig;

/**
 * Talk's call settings, read from the app config keys Talk's own admin page writes and
 * interpreted as Talk's lib/Config.php does (getSignalingMode, getStunServers, getTurnServers,
 * Participant::canStartCall for 'start_calls').
 *
 * Each key is read in the type the installed Talk gives it: Talk 25 declares `stun_servers` and
 * `turn_servers` as arrays in its config lexicon (spreed lib/ConfigLexicon.php, PR #18852), and
 * Nextcloud's AppConfig refuses (AppConfigTypeConflictException) to read a key in another type
 * than its lexicon's or than the one it was stored with; older Talk stores them as JSON strings.
 * IAppConfig::getValueType() answers the lexicon's type first, else the stored one.
 */
class TalkSettings {
	public const SIGNALING_INTERNAL = 'internal';
	public const SIGNALING_EXTERNAL = 'external';
	public const SIGNALING_CLUSTER = 'conversation_cluster';
	/** Room::START_CALL_* in Talk */
	public const START_CALL_EVERYONE = 0;
	public const START_CALL_USERS = 1;
	public const START_CALL_MODERATORS = 2;
	public const START_CALL_NOONE = 3;
	private const DEFAULT_STUN_SERVER = 'stun.nextcloud.com:443';

	public function __construct(
		private IAppConfig $appConfig,
	) {
	}

	public function signalingMode(): string {
		$mode = $this->value('signaling_mode');
		if ($mode === self::SIGNALING_INTERNAL) {
			return self::SIGNALING_INTERNAL;
		}
		$count = count($this->signalingServers());
		if ($count === 0) {
			return self::SIGNALING_INTERNAL;
		}
		if ($count === 1 && $this->value('signaling_dev', 'no') === 'no') {
			return self::SIGNALING_EXTERNAL;
		}
		return in_array($mode, [self::SIGNALING_EXTERNAL, self::SIGNALING_CLUSTER], true) ? $mode : self::SIGNALING_EXTERNAL;
	}

	/**
	 * @return list<array{server: string, verify: bool}>
	 */
	public function signalingServers(): array {
		$config = $this->listValue('signaling_servers');
		if (!is_array($config) || !is_array($config['servers'] ?? null)) {
			return [];
		}
		$servers = [];
		foreach ($config['servers'] as $server) {
			if (is_array($server) && is_string($server['server'] ?? null) && $server['server'] !== '') {
				$servers[] = ['server' => $server['server'], 'verify' => (bool)($server['verify'] ?? true)];
			}
		}
		return $servers;
	}

	/**
	 * @return list<string> "host:port"; Talk falls back to Nextcloud's public STUN server
	 */
	public function stunServers(): array {
		$servers = $this->listValue('stun_servers');
		$servers = is_array($servers) ? array_values(array_filter($servers, static fn ($s): bool => is_string($s) && $s !== '')) : [];
		return $servers === [] ? [self::DEFAULT_STUN_SERVER] : $servers;
	}

	/**
	 * @return list<string> the TURN servers' "host:port"
	 */
	public function turnServers(): array {
		$servers = $this->listValue('turn_servers');
		if (!is_array($servers)) {
			return [];
		}
		$names = [];
		foreach ($servers as $server) {
			if (is_array($server) && is_string($server['server'] ?? null) && $server['server'] !== '') {
				$names[] = $server['server'];
			}
		}
		return $names;
	}

	/**
	 * @return self::START_CALL_*
	 */
	public function startCalls(): int {
		$value = (int)$this->value('start_calls', (string)self::START_CALL_EVERYONE);
		return in_array($value, [self::START_CALL_USERS, self::START_CALL_MODERATORS, self::START_CALL_NOONE], true) ? $value : self::START_CALL_EVERYONE;
	}

	/**
	 * A scalar setting as a string, read as an integer where Talk types it so.
	 */
	private function value(string $key, string $default = ''): string {
		$type = $this->type($key);
		if ($type === null) {
			return $default;
		}
		if ($type === IAppConfig::VALUE_INT) {
			return (string)$this->appConfig->getValueInt(TalkAvailability::TALK_APP_ID, $key, (int)$default);
		}
		return $this->appConfig->getValueString(TalkAvailability::TALK_APP_ID, $key, $default);
	}

	/**
	 * A list or map setting: an array where Talk's lexicon (or the stored row) says so, else
	 * the JSON string older Talk stores; null when unset or not JSON.
	 *
	 * @return array<array-key, mixed>|null
	 */
	private function listValue(string $key): ?array {
		$type = $this->type($key);
		if ($type === null) {
			return null;
		}
		if ($type === IAppConfig::VALUE_ARRAY) {
			return $this->appConfig->getValueArray(TalkAvailability::TALK_APP_ID, $key);
		}
		$decoded = json_decode($this->appConfig->getValueString(TalkAvailability::TALK_APP_ID, $key), true);
		return is_array($decoded) ? $decoded : null;
	}

	/**
	 * @return int|null IAppConfig::VALUE_*, null when Talk neither declares nor stores the key
	 */
	private function type(string $key): ?int {
		try {
			return $this->appConfig->getValueType(TalkAvailability::TALK_APP_ID, $key);
		} catch (AppConfigUnknownKeyException) {
			return null;
		}
	}
}

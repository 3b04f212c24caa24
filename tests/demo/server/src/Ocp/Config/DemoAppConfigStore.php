<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Config;

use OCA\VideoVerification\Demo\Storage\DemoDatabase;
use OCP\IAppConfig;

/**
 * The rows behind IConfig's app values / user values and IAppConfig (strings and their value type, as in oc_appconfig).
 */
final class DemoAppConfigStore {
	public function __construct(
		private readonly DemoDatabase $db,
	) {
	}

	public function get(string $app, string $key): ?string {
		$rows = $this->db->select('SELECT configvalue FROM demo_appconfig WHERE appid = ? AND configkey = ?', [$app, $key]);
		return $rows === [] ? null : (string)$rows[0]['configvalue'];
	}

	/**
	 * The IAppConfig::VALUE_* flags the row was written with (oc_appconfig.type).
	 */
	public function type(string $app, string $key): ?int {
		$rows = $this->db->select('SELECT type FROM demo_appconfig WHERE appid = ? AND configkey = ?', [$app, $key]);
		return $rows === [] ? null : (int)$rows[0]['type'];
	}

	/**
	 * @param int $type IAppConfig::VALUE_* flags; IConfig::setAppValue writes untyped rows (VALUE_MIXED)
	 */
	public function set(string $app, string $key, string $value, int $type = IAppConfig::VALUE_MIXED): void {
		$this->db->execute('INSERT OR REPLACE INTO demo_appconfig (appid, configkey, configvalue, type) VALUES (?, ?, ?, ?)', [$app, $key, $value, $type]);
	}

	public function delete(string $app, ?string $key = null): void {
		if ($key === null) {
			$this->db->execute('DELETE FROM demo_appconfig WHERE appid = ?', [$app]);
			return;
		}
		$this->db->execute('DELETE FROM demo_appconfig WHERE appid = ? AND configkey = ?', [$app, $key]);
	}

	/**
	 * @return array<string, string>
	 */
	public function all(string $app): array {
		$values = [];
		foreach ($this->db->select('SELECT configkey, configvalue FROM demo_appconfig WHERE appid = ? ORDER BY configkey', [$app]) as $row) {
			$values[(string)$row['configkey']] = (string)$row['configvalue'];
		}
		return $values;
	}

	/**
	 * @return list<string>
	 */
	public function apps(): array {
		return array_map(fn (array $row) => (string)$row['appid'], $this->db->select('SELECT DISTINCT appid FROM demo_appconfig ORDER BY appid'));
	}

	public function getUser(string $user, string $app, string $key): ?string {
		$rows = $this->db->select('SELECT configvalue FROM demo_preferences WHERE userid = ? AND appid = ? AND configkey = ?', [$user, $app, $key]);
		return $rows === [] ? null : (string)$rows[0]['configvalue'];
	}

	public function setUser(string $user, string $app, string $key, string $value): void {
		$this->db->execute('INSERT OR REPLACE INTO demo_preferences (userid, appid, configkey, configvalue) VALUES (?, ?, ?, ?)', [$user, $app, $key, $value]);
	}

	public function deleteUser(string $user, ?string $app = null, ?string $key = null): void {
		$sql = 'DELETE FROM demo_preferences WHERE userid = ?';
		$params = [$user];
		if ($app !== null) {
			$sql .= ' AND appid = ?';
			$params[] = $app;
		}
		if ($key !== null) {
			$sql .= ' AND configkey = ?';
			$params[] = $key;
		}
		$this->db->execute($sql, $params);
	}

	/**
	 * @return list<string>
	 */
	public function userKeys(string $user, string $app): array {
		return array_map(fn (array $row) => (string)$row['configkey'], $this->db->select('SELECT configkey FROM demo_preferences WHERE userid = ? AND appid = ? ORDER BY configkey', [$user, $app]));
	}

	/**
	 * @return list<string>
	 */
	public function usersWith(string $app, string $key, string $value): array {
		return array_map(fn (array $row) => (string)$row['userid'], $this->db->select('SELECT userid FROM demo_preferences WHERE appid = ? AND configkey = ? AND configvalue = ?', [$app, $key, $value]));
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\App;

use OCP\App\AppPathNotFoundException;
use OCP\App\IAppManager;
use OCP\IUser;

/**
 * The apps of the demo instance: Talk ('spreed') is installed and enabled for everyone
 * unless the host was started with VV_DEMO_TALK=off, then it is absent.
 */
final class DemoAppManager implements IAppManager {
	private const VERSIONS = [
		'core' => '34.0.3',
		'files' => '2.3.0',
		'files_sharing' => '1.25.0',
		'notifications' => '6.0.0',
		'video_verification' => '0.1.0',
		'spreed' => '24.0.2',
	];

	public function __construct(
		private readonly bool $talkEnabled,
		private readonly string $appRoot,
	) {
	}

	public function getInstalledApps() {
		return array_values(array_filter(array_keys(self::VERSIONS), fn (string $app) => $app !== 'spreed' || $this->talkEnabled));
	}

	public function getEnabledApps(): array {
		return $this->getInstalledApps();
	}

	public function getEnabledAppsForUser(IUser $user) {
		return $this->getInstalledApps();
	}

	public function isInstalled($appId) {
		return in_array($appId, $this->getInstalledApps(), true);
	}

	public function isEnabledForUser($appId, $user = null) {
		return $this->isInstalled($appId);
	}

	public function isEnabledForAnyone(string $appId): bool {
		return $this->isInstalled($appId);
	}

	public function isAppLoaded(string $app): bool {
		return $this->isInstalled($app);
	}

	public function loadApp(string $app): void {
	}

	public function loadApps(array $types = []): bool {
		return true;
	}

	public function getAppVersion(string $appId, bool $useCache = true): string {
		return $this->isInstalled($appId) ? self::VERSIONS[$appId] : '0';
	}

	public function getAppInstalledVersions(bool $onlyEnabled = false): array {
		$versions = [];
		foreach ($this->getInstalledApps() as $app) {
			$versions[$app] = self::VERSIONS[$app];
		}
		return $versions;
	}

	public function getAppRestriction(string $appId): array {
		return [];
	}

	/**
	 * @throws AppPathNotFoundException
	 */
	public function getAppPath(string $appId, bool $ignoreCache = false): string {
		if ($appId === 'video_verification') {
			return $this->appRoot;
		}
		throw new AppPathNotFoundException('Could not find path for ' . $appId);
	}

	/**
	 * @throws AppPathNotFoundException
	 */
	public function getAppWebPath(string $appId): string {
		if (!$this->isInstalled($appId)) {
			throw new AppPathNotFoundException('Could not find web path for ' . $appId);
		}
		return '/apps/' . $appId;
	}

	public function isShipped($appId) {
		return $appId !== 'video_verification' && $appId !== 'spreed';
	}

	public function isType(string $app, array $types): bool {
		return false;
	}

	public function getAlwaysEnabledApps() {
		return ['core', 'files'];
	}

	public function enableApp(string $appId, bool $forceEnable = false): void {
		throw new \LogicException('The demo host has a fixed set of apps; restart it with VV_DEMO_TALK=on|off');
	}

	public function disableApp($appId, $automaticDisabled = false): void {
		throw new \LogicException('The demo host has a fixed set of apps; restart it with VV_DEMO_TALK=on|off');
	}
}

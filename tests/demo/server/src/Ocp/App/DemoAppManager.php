<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\App;

use OCP\App\AppPathNotFoundException;
use OCP\App\IAppManager;
use OCA\VideoVerification\Demo\Ocp\UnusedApiException;
use OCP\IGroup;
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

	/** appinfo's <namespace> of each app (nextcloud/server App::buildAppNamespace) */
	private const NAMESPACES = [
		'core' => 'Core',
		'files' => 'Files',
		'files_sharing' => 'Files_Sharing',
		'notifications' => 'Notifications',
		'video_verification' => 'VideoVerification',
		'spreed' => 'Talk',
	];
	private const FIXED = 'The demo host has a fixed set of apps; restart it with VV_DEMO_TALK=on|off';

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
		throw new \LogicException(self::FIXED);
	}

	public function disableApp($appId, $automaticDisabled = false): void {
		throw new \LogicException(self::FIXED);
	}

	public function getAppInfo(string $appId, bool $path = false, $lang = null): ?array {
		if ($path || !$this->isInstalled($appId)) {
			return null;
		}
		return ['id' => $appId, 'version' => self::VERSIONS[$appId], 'namespace' => self::NAMESPACES[$appId]];
	}

	public function getAppInfoByPath(string $path, ?string $lang = null): ?array {
		throw UnusedApiException::for(__METHOD__);
	}

	public function getAppIcon(string $appId, bool $dark = false): ?string {
		return null;
	}

	public function isDefaultEnabled(string $appId): bool {
		return in_array($appId, $this->getDefaultEnabledApps(), true);
	}

	/**
	 * As nextcloud/server's AppManager: these types cannot be limited to groups.
	 */
	public function hasProtectedAppType($types) {
		if (empty($types)) {
			return false;
		}
		$protected = ['filesystem', 'prelogin', 'authentication', 'logging', 'prevent_group_restriction'];
		return count(array_intersect($types, $protected)) > 0;
	}

	public function enableAppForGroups(string $appId, array $groups, bool $forceEnable = false): void {
		throw new \LogicException(self::FIXED);
	}

	public function clearAppsCache(): void {
	}

	public function getDefaultEnabledApps(): array {
		return $this->getAlwaysEnabledApps();
	}

	public function getEnabledAppsForGroup(IGroup $group): array {
		return $this->getInstalledApps();
	}

	public function getDefaultAppForUser(?IUser $user = null, bool $withFallbacks = true): string {
		return 'files';
	}

	public function getDefaultApps(): array {
		return ['files'];
	}

	public function setDefaultApps(array $defaultApps): void {
		throw new \LogicException(self::FIXED);
	}

	public function isBackendRequired(string $backend): bool {
		return false;
	}

	/**
	 * nextcloud/server's AppManager::cleanAppId.
	 */
	public function cleanAppId(string $app): string {
		return (string)preg_replace('/(^[0-9_-]+|[^a-z0-9_-]+|[_-]+$)/', '', $app);
	}

	public function getAllAppsInAppsFolders(): array {
		return $this->getInstalledApps();
	}

	public function upgradeApp(string $appId): bool {
		throw new \LogicException(self::FIXED);
	}

	public function isUpgradeRequired(string $appId): bool {
		return false;
	}

	public function isAppCompatible(string $serverVersion, array $appInfo, bool $ignoreMax = false): bool {
		throw UnusedApiException::for(__METHOD__);
	}

	public function getAppNamespace(string $appId): string {
		return self::NAMESPACES[$appId] ?? ucfirst($appId);
	}

	public function getAppFromNamespace(string $className): ?string {
		$parts = explode('\\', ltrim($className, '\\'));
		if (count($parts) < 2 || $parts[0] !== 'OCA') {
			return null;
		}
		$app = array_search($parts[1], self::NAMESPACES, true);
		return $app === false ? null : $app;
	}
}

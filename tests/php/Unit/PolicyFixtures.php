<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit;

use OCA\VideoVerification\Service\Policy\AdminPolicy;
use OCA\VideoVerification\Service\Policy\SharingPolicy;
use OCP\IAppConfig;
use OCP\IGroupManager;
use OCP\IUser;
use OCP\IUserManager;
use PHPUnit\Framework\MockObject\MockObject;

/**
 * The admin policy over an app config held in $appValues (app => key => string), and a group
 * manager over $groupMembers (uid => list of gids); groups that exist: $existingGroups.
 */
trait PolicyFixtures {
	/** @var array<string, array<string, string>> */
	protected array $appValues = [];
	/** @var array<string, list<string>> */
	protected array $groupMembers = ['alice' => ['sharers'], 'bob' => [], 'carol' => ['legal', 'sharers']];
	/** @var list<string> */
	protected array $existingGroups = ['admin', 'sharers', 'legal', '42'];
	/** @var list<string> every key written, in order */
	protected array $appConfigWrites = [];

	protected function appConfig(): IAppConfig&MockObject {
		$config = $this->createMock(IAppConfig::class);
		$config->method('getValueString')->willReturnCallback(fn (string $app, string $key, string $default = ''): string => $this->appValues[$app][$key] ?? $default);
		$config->method('getValueInt')->willReturnCallback(fn (string $app, string $key, int $default = 0): int => isset($this->appValues[$app][$key]) ? (int)$this->appValues[$app][$key] : $default);
		$config->method('setValueString')->willReturnCallback(function (string $app, string $key, string $value): bool {
			$this->appConfigWrites[] = $key;
			$this->appValues[$app][$key] = $value;
			return true;
		});
		$config->method('getValueBool')->willReturnCallback(fn (string $app, string $key, bool $default = false): bool => isset($this->appValues[$app][$key]) ? in_array($this->appValues[$app][$key], ['1', 'yes', 'true', 'on'], true) : $default);
		$config->method('setValueBool')->willReturnCallback(function (string $app, string $key, bool $value): bool {
			$this->appConfigWrites[] = $key;
			$this->appValues[$app][$key] = $value ? '1' : '0';
			return true;
		});
		$config->method('setValueInt')->willReturnCallback(function (string $app, string $key, int $value): bool {
			$this->appConfigWrites[] = $key;
			$this->appValues[$app][$key] = (string)$value;
			return true;
		});
		return $config;
	}

	protected function adminPolicy(): AdminPolicy {
		return new AdminPolicy($this->appConfig());
	}

	protected function groupManager(): IGroupManager&MockObject {
		$groups = $this->createMock(IGroupManager::class);
		$groups->method('getUserGroupIds')->willReturnCallback(fn (IUser $user): array => $this->groupMembers[$user->getUID()] ?? []);
		$groups->method('groupExists')->willReturnCallback(fn ($gid): bool => in_array($gid, $this->existingGroups, true));
		return $groups;
	}

	protected function sharingPolicy(): SharingPolicy {
		$users = $this->createMock(IUserManager::class);
		$users->method('get')->willReturnCallback(function (string $uid): ?IUser {
			if (!array_key_exists($uid, $this->groupMembers)) {
				return null;
			}
			$user = $this->createMock(IUser::class);
			$user->method('getUID')->willReturn($uid);
			return $user;
		});
		return new SharingPolicy($this->adminPolicy(), $this->groupManager(), $users);
	}

	/**
	 * @param list<string> $required
	 * @param list<string>|null $allowed null: everyone may use it
	 */
	protected function setPolicy(array $required = [], ?array $allowed = null): void {
		$this->appValues['video_verification']['required_groups'] = json_encode($required);
		$this->appValues['video_verification']['usable_by'] = $allowed === null ? 'everyone' : 'groups';
		$this->appValues['video_verification']['allowed_groups'] = json_encode($allowed ?? []);
	}
}

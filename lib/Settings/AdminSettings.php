<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Settings;

use OCA\VideoVerification\AppInfo\Application;
use OCA\VideoVerification\Service\Policy\AdminPolicy;
use OCA\VideoVerification\Service\Policy\SetupCheckReport;
use OCA\VideoVerification\Service\Talk\TalkAvailability;
use OCP\AppFramework\Http\TemplateResponse;
use OCP\AppFramework\Services\IInitialState;
use OCP\IGroupManager;
use OCP\Settings\ISettings;
use OCP\Util;

/**
 * The admin page: the policy form and the status panel (the app's setup checks).
 */
class AdminSettings implements ISettings {
	public const GROUP_OPTIONS_LIMIT = 200;

	public function __construct(
		private IInitialState $initialState,
		private TalkAvailability $talk,
		private AdminPolicy $policy,
		private SetupCheckReport $setupChecks,
		private IGroupManager $groupManager,
	) {
	}

	public function getForm(): TemplateResponse {
		$this->initialState->provideInitialState('talk_status', $this->talk->status()->jsonSerialize());
		$settings = $this->policy->get();
		$this->initialState->provideInitialState('admin_settings', $settings->toArray());
		$this->initialState->provideInitialState('groups', $this->groupOptions(array_merge($settings->allowedGroups, $settings->requiredGroups)));
		$this->initialState->provideInitialState('setup_checks', $this->setupChecks->run());
		Util::addScript(Application::APP_ID, Application::APP_ID . '-admin');
		Util::addStyle(Application::APP_ID, Application::APP_ID . '-admin');
		return new TemplateResponse(Application::APP_ID, 'admin');
	}

	/**
	 * The groups the pickers offer: the first GROUP_OPTIONS_LIMIT of the instance plus every
	 * selected one, so a saved choice always shows with its name.
	 *
	 * @param list<string> $selected
	 * @return list<array{id: string, displayName: string}>
	 */
	private function groupOptions(array $selected): array {
		$options = [];
		foreach ($this->groupManager->search('', self::GROUP_OPTIONS_LIMIT) as $group) {
			$options[$group->getGID()] = $group->getDisplayName();
		}
		foreach ($selected as $gid) {
			if (!isset($options[$gid])) {
				$options[$gid] = $this->groupManager->getDisplayName($gid) ?? $gid;
			}
		}
		$list = [];
		foreach ($options as $gid => $name) {
			$list[] = ['id' => (string)$gid, 'displayName' => $name];
		}
		return $list;
	}

	public function getSection(): string {
		return Application::APP_ID;
	}

	public function getPriority(): int {
		return 50;
	}
}

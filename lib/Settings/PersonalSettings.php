<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Settings;

use OCA\VideoVerification\AppInfo\Application;
use OCA\VideoVerification\Service\OfficeHours\OfficeHoursStore;
use OCP\AppFramework\Http\TemplateResponse;
use OCP\AppFramework\Services\IInitialState;
use OCP\Config\IUserConfig;
use OCP\IL10N;
use OCP\IUserSession;
use OCP\Settings\ISettings;
use OCP\Util;

/**
 * The personal page: the user's office hours for verification calls.
 */
class PersonalSettings implements ISettings {
	public function __construct(
		private IInitialState $initialState,
		private OfficeHoursStore $officeHours,
		private IUserSession $userSession,
		private IUserConfig $userConfig,
		private IL10N $l10n,
	) {
	}

	public function getForm(): TemplateResponse {
		$uid = (string)$this->userSession->getUser()?->getUID();
		$hours = $uid === '' ? null : $this->officeHours->get($uid);
		// The same shape as GET /api/v1/office-hours answers
		$this->initialState->provideInitialState('office_hours', $hours === null
			? ['enabled' => false, 'days' => [], 'from' => null, 'to' => null, 'summary' => null]
			: ['enabled' => true] + $hours->toArray() + ['summary' => $hours->describe($this->l10n)]);
		// Office hours are read in this zone (as OfficeHoursStore does): the page names it
		$this->initialState->provideInitialState('timezone', $uid === '' ? 'UTC' : ($this->userConfig->getValueString($uid, 'core', 'timezone', 'UTC') ?: 'UTC'));
		Util::addScript(Application::APP_ID, Application::APP_ID . '-personal');
		Util::addStyle(Application::APP_ID, Application::APP_ID . '-personal');
		return new TemplateResponse(Application::APP_ID, 'personal');
	}

	public function getSection(): string {
		return Application::APP_ID;
	}

	public function getPriority(): int {
		return 50;
	}
}

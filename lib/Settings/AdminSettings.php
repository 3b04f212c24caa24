<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Settings;

use OCA\VideoVerification\AppInfo\Application;
use OCA\VideoVerification\Service\TalkAvailability;
use OCP\AppFramework\Http\TemplateResponse;
use OCP\AppFramework\Services\IInitialState;
use OCP\Settings\ISettings;
use OCP\Util;

/**
 * The admin page: says whether Nextcloud Talk, which the app needs, is there.
 */
class AdminSettings implements ISettings {
	public function __construct(
		private IInitialState $initialState,
		private TalkAvailability $talk,
	) {
	}

	public function getForm(): TemplateResponse {
		$this->initialState->provideInitialState('talk_status', $this->talk->status()->jsonSerialize());
		Util::addScript(Application::APP_ID, Application::APP_ID . '-admin');
		Util::addStyle(Application::APP_ID, Application::APP_ID . '-admin');
		return new TemplateResponse(Application::APP_ID, 'admin');
	}

	public function getSection(): string {
		return Application::APP_ID;
	}

	public function getPriority(): int {
		return 50;
	}
}

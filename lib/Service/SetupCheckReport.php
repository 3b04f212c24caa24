<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service;

use OCA\VideoVerification\SetupCheck\CallStartCheck;
use OCA\VideoVerification\SetupCheck\IceServersCheck;
use OCA\VideoVerification\SetupCheck\SignalingCheck;
use OCA\VideoVerification\SetupCheck\TalkInstalledCheck;
use OCP\SetupCheck\ISetupCheck;

/**
 * Runs the app's setup checks for the status panel of the admin page: the same checks, and
 * the same results, as Nextcloud's admin overview shows.
 */
class SetupCheckReport {
	/** @var list<ISetupCheck> */
	private array $checks;

	public function __construct(
		TalkInstalledCheck $talkInstalled,
		SignalingCheck $signaling,
		IceServersCheck $iceServers,
		CallStartCheck $callStart,
	) {
		$this->checks = [$talkInstalled, $signaling, $iceServers, $callStart];
	}

	/**
	 * @return list<array{name: string, severity: 'success'|'info'|'warning'|'error', description: string}>
	 */
	public function run(): array {
		return array_map(static function (ISetupCheck $check): array {
			$result = $check->run();
			return [
				'name' => $check->getName(),
				'severity' => $result->getSeverity(),
				'description' => (string)$result->getDescription(),
			];
		}, $this->checks);
	}
}

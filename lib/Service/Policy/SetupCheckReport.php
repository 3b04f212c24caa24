<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Policy;

use OCA\VideoVerification\SetupCheck\CallStartCheck;
use OCA\VideoVerification\SetupCheck\IceServersCheck;
use OCA\VideoVerification\SetupCheck\SignalingCheck;
use OCA\VideoVerification\SetupCheck\TalkInstalledCheck;
use OCP\IL10N;
use OCP\SetupCheck\ISetupCheck;
use OCP\SetupCheck\SetupResult;
use Psr\Log\LoggerInterface;

/**
 * Runs the app's setup checks for the status panel of the admin page: the same checks, and
 * the same results, as Nextcloud's admin overview shows. As there (nextcloud/server
 * lib/private/SetupCheck/SetupCheckManager.php), each check runs on its own: one that throws
 * becomes an error result with the exception's message and is logged, and the others still run.
 */
class SetupCheckReport {
	/** @var list<ISetupCheck> */
	private array $checks;

	public function __construct(
		TalkInstalledCheck $talkInstalled,
		SignalingCheck $signaling,
		IceServersCheck $iceServers,
		CallStartCheck $callStart,
		private IL10N $l10n,
		private LoggerInterface $logger,
	) {
		$this->checks = [$talkInstalled, $signaling, $iceServers, $callStart];
	}

	/**
	 * @return list<array{name: string, severity: 'success'|'info'|'warning'|'error', description: string}>
	 */
	public function run(): array {
		return array_map(function (ISetupCheck $check): array {
			$result = $this->runIsolated($check);
			return [
				'name' => $check->getName(),
				'severity' => $result->getSeverity(),
				'description' => (string)$result->getDescription(),
			];
		}, $this->checks);
	}

	private function runIsolated(ISetupCheck $check): SetupResult {
		try {
			return $check->run();
		} catch (\Throwable $e) {
			$this->logger->error('Exception running check ' . $check::class . ': ' . $e->getMessage(), ['exception' => $e]);
			return SetupResult::error($this->l10n->t('The check failed: %1$s', [$e->getMessage()]));
		}
	}
}

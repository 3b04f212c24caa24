<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Bench;

use OCA\VideoVerification\Service\ShareSettings\SettingsChangeParser;
use OCA\VideoVerification\Service\ShareSettings\ShareSettingsService;
use OCP\IUserManager;
use OCP\Share\IManager;
use OCP\Share\IShare;

/**
 * `POST /demo/load-shares?count=N` (tests/benchmark/load.mjs): N (at most 20) more link shares of
 * alice's "Bank statement.pdf", each with verification on in approve mode, made through the
 * share manager and the app's ShareSettingsService as the Sharing tab's "Verify by video call"
 * does (which gives the share its generated password).
 * The load test needs one share per three waiting recipients (RequestLimits::MAX_OPEN); making
 * them through the OCS API as alice would take minutes behind its rate limit (30 a minute),
 * which guards a person's clicks, not a test's set-up.
 */
final class LoadTestShares {
	/** Each share's password is hashed (argon2id): a bigger batch would outlast PHP's time limit */
	public const MAX_COUNT = 20;
	private const FILE_ID = 103;

	public function __construct(
		private readonly IManager $shareManager,
		private readonly ShareSettingsService $settings,
		private readonly SettingsChangeParser $parser,
		private readonly IUserManager $users,
	) {
	}

	/**
	 * @return list<array{id: int, token: string}>
	 */
	public function create(int $count): array {
		if ($count < 1 || $count > self::MAX_COUNT) {
			throw new \InvalidArgumentException('count must be a number from 1 to ' . self::MAX_COUNT);
		}
		$alice = $this->users->get('alice') ?? throw new \RuntimeException('The demo seed has no alice');
		$change = $this->parser->parse(true, 'approve', null);
		$made = [];
		for ($i = 0; $i < $count; $i++) {
			$share = $this->shareManager->newShare();
			$share->setNodeId(self::FILE_ID);
			$share->setShareType(IShare::TYPE_LINK);
			$share->setSharedBy('alice');
			$share->setPermissions(1);
			$share = $this->shareManager->createShare($share);
			$this->settings->update((string)$share->getId(), $alice, $change);
			$made[] = ['id' => (int)$share->getId(), 'token' => (string)$share->getToken()];
		}
		return $made;
	}
}

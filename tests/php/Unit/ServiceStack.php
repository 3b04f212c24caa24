<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit;

use OCA\VideoVerification\Controller\ShareSettingsController;
use OCA\VideoVerification\Db\GrantMapper;
use OCA\VideoVerification\Db\ShareSettingsMapper;
use OCA\VideoVerification\Service\ShareSettings\PasswordPolicy;
use OCA\VideoVerification\Service\ShareSettings\SettingsChangeParser;
use OCA\VideoVerification\Service\ShareSettings\SharePasswordGenerator;
use OCA\VideoVerification\Service\ShareSettings\ShareResolver;
use OCA\VideoVerification\Service\ShareSettings\ShareSettingsService;
use OCA\VideoVerification\Service\ShareSettings\ShareWriter;
use OCA\VideoVerification\Service\Talk\TalkAvailability;
use OCA\VideoVerification\Tests\Support\Db\MigrationRunner;
use OCA\VideoVerification\Tests\Support\Db\SqliteConnection;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\EventDispatcher\IEventDispatcher;
use OCP\IRequest;
use OCP\IUserSession;

/**
 * The real service graph on an in-memory SQLite database, with Nextcloud's services as
 * doubles: the share manager from ShareFixtures, Talk enabled for the users in
 * $talkUsers, generated passwords "generated-1", "generated-2", ...
 */
trait ServiceStack {
	use ShareFixtures;
	use PolicyFixtures;

	public const NOW = 1_800_000_000;

	protected SqliteConnection $db;
	protected ShareSettingsMapper $mapper;
	/** @var list<string> */
	protected array $talkUsers = ['alice', 'bob'];
	protected int $generatedPasswords = 0;
	protected IEventDispatcher $dispatcher;

	protected function setUpStack(): void {
		$this->db = new SqliteConnection(':memory:');
		(new MigrationRunner($this->db))->migrate();
		$this->mapper = new ShareSettingsMapper($this->db);
		$this->dispatcher = $this->createMock(IEventDispatcher::class);
	}

	protected function service(): ShareSettingsService {
		$l10n = $this->l10n();
		$shareManager = $this->shareManager();
		$talk = $this->createMock(TalkAvailability::class);
		$talk->method('isEnabledForUserId')->willReturnCallback(fn (string $uid): bool => in_array($uid, $this->talkUsers, true));
		$generator = $this->createMock(SharePasswordGenerator::class);
		$generator->method('generate')->willReturnCallback(fn (): string => 'generated-' . ++$this->generatedPasswords);
		$time = $this->createMock(ITimeFactory::class);
		$time->method('getTime')->willReturn(self::NOW);

		return new ShareSettingsService(
			new ShareResolver($shareManager, $l10n),
			$this->mapper,
			$talk,
			new PasswordPolicy($this->dispatcher),
			$generator,
			new ShareWriter($shareManager),
			$shareManager,
			$time,
			$l10n,
			$this->sharingPolicy(),
			new GrantMapper($this->db),
		);
	}

	protected function controller(?string $currentUser = 'alice'): ShareSettingsController {
		$session = $this->createMock(IUserSession::class);
		$session->method('getUser')->willReturn($currentUser === null ? null : $this->user($currentUser));
		return new ShareSettingsController(
			$this->createMock(IRequest::class),
			$this->service(),
			new SettingsChangeParser($this->l10n()),
			$session,
			$this->l10n(),
		);
	}

	/**
	 * @return list<array<string, mixed>> the rows of vv_share_settings
	 */
	protected function settingsRows(): array {
		return $this->db->executeQuery('SELECT * FROM `*PREFIX*vv_share_settings` ORDER BY `share_id`')->fetchAllAssociative();
	}
}

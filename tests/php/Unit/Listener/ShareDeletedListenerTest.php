<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Listener;

use OCA\VideoVerification\Db\GrantMapper;
use OCA\VideoVerification\Db\ShareSettings;
use OCA\VideoVerification\Db\VerificationMode;
use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCA\VideoVerification\Listener\ShareDeletedListener;
use OCA\VideoVerification\Notification\RequestNotifications;
use OCA\VideoVerification\Db\RecordChainMapper;
use OCA\VideoVerification\Service\Records\RecordChain;
use OCA\VideoVerification\Service\Request\RequestTransitions;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\Notification\IManager as INotificationManager;
use OCA\VideoVerification\Tests\Unit\ServiceStack;
use OCP\EventDispatcher\Event;
use OCP\Share\Events\ShareDeletedEvent;
use OCP\Share\IShare;
use PHPUnit\Framework\TestCase;

class ShareDeletedListenerTest extends TestCase {
	use ServiceStack;

	protected function setUp(): void {
		parent::setUp();
		$this->setUpStack();
		$this->mapper->save(new ShareSettings(42, VerificationMode::Approve, 'alice', 1000, true));
		$this->mapper->save(new ShareSettings(43, VerificationMode::Password, 'alice', 1000, false));
	}

	public static function verifiableTypes(): array {
		return [
			'link share' => [IShare::TYPE_LINK],
			'e-mail share' => [IShare::TYPE_EMAIL],
		];
	}

	/**
	 * @dataProvider verifiableTypes
	 */
	public function testDeletesTheSettingsOfTheDeletedShareOnly(int $type): void {
		$share = $this->addShare(['id' => '42', 'type' => $type]);

		$this->listener()->handle(new ShareDeletedEvent($share));

		$this->assertNull($this->mapper->find(42));
		$this->assertNotNull($this->mapper->find(43));
	}

	public function testIgnoresSharesOfOtherTypes(): void {
		$share = $this->addShare(['id' => '42', 'type' => IShare::TYPE_ROOM]);

		$this->listener()->handle(new ShareDeletedEvent($share));

		$this->assertNotNull($this->mapper->find(42));
	}

	private function listener(): ShareDeletedListener {
		$requests = new VerificationRequestMapper($this->db);
		$time = $this->createMock(ITimeFactory::class);
		$time->method('getTime')->willReturn(self::NOW);
		return new ShareDeletedListener(
			$this->mapper,
			$requests,
			new RequestTransitions($requests, new RequestNotifications($this->createMock(INotificationManager::class)), new RecordChain($this->db, new RecordChainMapper($this->db))),
			$time,
			new GrantMapper($this->db),
		);
	}

	public function testIgnoresOtherEvents(): void {
		$this->listener()->handle(new Event());

		$this->assertCount(2, $this->settingsRows());
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Demo;

use OCA\VideoVerification\Demo\Container\ServiceContainer;
use OCA\VideoVerification\Demo\Ocp\Event\DemoEventDispatcher;
use OCA\VideoVerification\Demo\Ocp\Security\DemoHasher;
use OCA\VideoVerification\Demo\Ocp\Security\DemoSecureRandom;
use OCA\VideoVerification\Demo\Ocp\Share\DemoShareManager;
use OCA\VideoVerification\Demo\Storage\DemoDatabase;
use OCA\VideoVerification\Demo\Storage\DemoSeed;
use OCA\VideoVerification\Demo\Storage\FileStore;
use OCA\VideoVerification\Demo\Storage\ShareStore;
use OCP\Share\Events\BeforeShareCreatedEvent;
use OCP\Share\Events\ShareCreatedEvent;
use OCP\Share\Events\ShareDeletedEvent;
use OCP\Share\Events\ShareUpdatedEvent;
use OCP\Share\IShare;
use OCP\Share\Exceptions\ShareNotFound;
use PHPUnit\Framework\TestCase;

class DemoShareManagerTest extends TestCase {
	private string $dbFile;
	private DemoShareManager $manager;
	private DemoEventDispatcher $dispatcher;

	protected function setUp(): void {
		$this->dbFile = tempnam(sys_get_temp_dir(), 'vv-demo-') . '.sqlite';
		$db = new DemoDatabase($this->dbFile);
		$files = new FileStore($db);
		$hasher = new DemoHasher();
		(new DemoSeed($db, $files, $hasher))->seed();
		$this->dispatcher = new DemoEventDispatcher(new ServiceContainer());
		$this->manager = new DemoShareManager(new ShareStore($db, $files), $files, $hasher, new DemoSecureRandom(), $this->dispatcher);
	}

	protected function tearDown(): void {
		@unlink($this->dbFile);
	}

	public function testEnablingTalkOnALinkShareWithoutPasswordIsRefused(): void {
		$share = $this->manager->getShareById('ocinternal:1');
		$share->setSendPasswordByTalk(true);

		$this->expectExceptionMessage('Cannot enable sending the password by Talk with an empty password');
		$this->manager->updateShare($share);
	}

	public function testEnablingTalkOnAPasswordProtectedLinkShareKeepsTheHash(): void {
		$share = $this->manager->getShareById('ocinternal:3');
		$hash = $share->getPassword();
		$share->setSendPasswordByTalk(true);

		$updated = $this->manager->updateShare($share);

		$this->assertTrue($updated->getSendPasswordByTalk());
		$this->assertSame($hash, $updated->getPassword());
		$this->assertTrue($this->manager->checkPassword($updated, 'Demo-password-1'));
	}

	public function testEmailShareWithoutPasswordCannotEnableTalk(): void {
		$share = $this->manager->getShareById('ocMailShare:2');
		$share->setSendPasswordByTalk(true);

		$this->expectExceptionMessage('Cannot enable sending the password by Talk with an empty password');
		$this->manager->updateShare($share);
	}

	public function testEmailShareNeedsANewPasswordToEnableTalk(): void {
		$share = $this->manager->getShareById('ocMailShare:2');
		$share->setPassword('Mailed-password-4');
		$withPassword = $this->manager->updateShare($share);
		$withPassword->setSendPasswordByTalk(true);
		$share = $withPassword;

		$this->expectExceptionMessage('Cannot enable sending the password by Talk without setting a new password');
		$this->manager->updateShare($share);
	}

	public function testEmailShareWithNewPasswordEnablesTalkAndHashesThePassword(): void {
		$share = $this->manager->getShareById('ocMailShare:2');
		$share->setSendPasswordByTalk(true);
		$share->setPassword('Fresh-password-9');

		$updated = $this->manager->updateShare($share);

		$this->assertTrue($updated->getSendPasswordByTalk());
		$this->assertStringStartsWith('3|', (string)$updated->getPassword());
		$this->assertTrue($this->manager->checkPassword($updated, 'Fresh-password-9'));
		$this->assertFalse($this->manager->checkPassword($updated, 'wrong'));
	}

	public function testEmailShareNeedsANewPasswordToDisableTalk(): void {
		$share = $this->manager->getShareById('ocMailShare:2');
		$share->setSendPasswordByTalk(true);
		$share->setPassword('Fresh-password-9');
		$enabled = $this->manager->updateShare($share);
		$enabled->setSendPasswordByTalk(false);

		$this->expectExceptionMessage('Cannot disable sending the password by Talk without setting a new password');
		$this->manager->updateShare($enabled);
	}

	public function testARefusedUpdateChangesNothing(): void {
		$share = $this->manager->getShareById('ocinternal:1');
		$share->setSendPasswordByTalk(true);
		try {
			$this->manager->updateShare($share);
		} catch (\InvalidArgumentException) {
		}

		$this->assertFalse($this->manager->getShareById('ocinternal:1')->getSendPasswordByTalk());
	}

	public function testSharesAreOnlyFoundUnderTheirOwnProvider(): void {
		$this->expectException(ShareNotFound::class);
		$this->manager->getShareById('ocinternal:2');
	}

	public function testDeleteDispatchesShareDeletedEvent(): void {
		$deleted = [];
		$this->dispatcher->addListener(ShareDeletedEvent::class, function (ShareDeletedEvent $event) use (&$deleted) {
			$deleted[] = $event->getShare()->getId();
		});

		$this->manager->deleteShare($this->manager->getShareById('ocinternal:1'));

		$this->assertSame(['1'], $deleted);
		$this->expectException(ShareNotFound::class);
		$this->manager->getShareById('ocinternal:1');
	}

	public function testCreationDispatchesTheEventsInShare20Order(): void {
		$seen = [];
		$this->dispatcher->addListener(BeforeShareCreatedEvent::class, function (BeforeShareCreatedEvent $event) use (&$seen): void {
			$share = $event->getShare();
			$seen[] = ['before', $share->getShareType(), $share->getPassword(), $share->getToken() !== null];
		});
		$this->dispatcher->addListener(ShareCreatedEvent::class, function (ShareCreatedEvent $event) use (&$seen): void {
			$seen[] = ['after', $event->getShare()->getId()];
		});

		$link = $this->manager->createShare($this->newShare(IShare::TYPE_LINK, 'Link-password-1'));
		$mail = $this->manager->createShare($this->newShare(IShare::TYPE_EMAIL, 'Mail-password-1'));

		// A link share's password is a hash before the event, an e-mail share's still plain
		$this->assertSame('before', $seen[0][0]);
		$this->assertNotSame('Link-password-1', $seen[0][2]);
		$this->assertTrue($seen[0][3]);
		$this->assertSame(['after', $link->getId()], $seen[1]);
		$this->assertSame(['before', IShare::TYPE_EMAIL, 'Mail-password-1', true], $seen[2]);
		$this->assertSame(['after', $mail->getId()], $seen[3]);
		$this->assertTrue($this->manager->checkPassword($mail, 'Mail-password-1'));
	}

	public function testABeforeCreatedListenerRefusesTheShareWithErrorAndStop(): void {
		$this->dispatcher->addListener(BeforeShareCreatedEvent::class, function (BeforeShareCreatedEvent $event): void {
			$event->setError('Not allowed by policy');
			$event->stopPropagation();
		});
		$count = count($this->manager->getAllShares());

		try {
			$this->manager->createShare($this->newShare(IShare::TYPE_LINK, null));
			$this->fail('The share was created');
		} catch (\Exception $e) {
			$this->assertSame('Not allowed by policy', $e->getMessage());
		}
		$this->assertCount($count, $this->manager->getAllShares());
	}

	public function testABeforeCreatedListenerCanSetTheFlagAndAPassword(): void {
		$this->dispatcher->addListener(BeforeShareCreatedEvent::class, function (BeforeShareCreatedEvent $event): void {
			$event->getShare()->setSendPasswordByTalk(true);
			$event->getShare()->setPassword((new DemoHasher())->hash('Generated-1'));
		});

		$share = $this->manager->createShare($this->newShare(IShare::TYPE_LINK, null));

		$this->assertTrue($share->getSendPasswordByTalk());
		$this->assertTrue($this->manager->checkPassword($share, 'Generated-1'));
	}

	public function testUpdatesDispatchShareUpdatedEventAfterStoring(): void {
		$flags = [];
		$this->dispatcher->addListener(ShareUpdatedEvent::class, function (ShareUpdatedEvent $event) use (&$flags): void {
			$flags[] = $this->manager->getShareById($event->getShare()->getFullId())->getSendPasswordByTalk();
		});
		$share = $this->manager->getShareById('ocinternal:3');
		$share->setSendPasswordByTalk(true);

		$this->manager->updateShare($share);

		$this->assertSame([true], $flags);
	}

	private function newShare(int $type, ?string $password): IShare {
		$share = $this->manager->newShare();
		$share->setShareType($type);
		$share->setNodeId(DemoSeed::CONTRACT_FILE_ID);
		$share->setSharedBy('alice');
		$share->setPermissions(1);
		if ($type === IShare::TYPE_EMAIL) {
			$share->setSharedWith('dave@example.com');
		}
		if ($password !== null) {
			$share->setPassword($password);
		}
		return $share;
	}
}

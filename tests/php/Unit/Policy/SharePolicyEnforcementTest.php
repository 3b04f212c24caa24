<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Policy;

use OCA\VideoVerification\Listener\SharePolicyListener;
use OCA\VideoVerification\Service\ShareSettings\SharePasswordGenerator;
use OCA\VideoVerification\Service\ShareSettings\SharePolicyEnforcer;
use OCA\VideoVerification\Service\Talk\TalkAvailability;
use OCA\VideoVerification\Tests\Unit\ServiceStack;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\EventDispatcher\Event;
use OCP\IUser;
use OCP\IUserManager;
use OCP\Security\IHasher;
use OCP\Share\Events\BeforeShareCreatedEvent;
use OCP\Share\Events\ShareCreatedEvent;
use OCP\Share\Events\ShareUpdatedEvent;
use OCP\Share\IShare;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;

/**
 * The policy rules (allowed and required groups) and their enforcement on the server: our
 * PUT, share creation and share update, whatever client made the change.
 */
class SharePolicyEnforcementTest extends TestCase {
	use ServiceStack;

	/** @var list<string> */
	private array $warnings = [];

	protected function setUp(): void {
		parent::setUp();
		$this->setUpStack();
		$this->addShare(['id' => '42']);
		$this->addShare(['id' => '43', 'type' => IShare::TYPE_EMAIL, 'sharedWith' => 'carol@example.com', 'password' => 'hash:mailed']);
		$this->addShare(['id' => '44', 'type' => IShare::TYPE_USER, 'sharedWith' => 'bob']);
		$this->addShare(['id' => '45', 'owner' => 'bob', 'sharedBy' => 'bob']);
	}

	public function testEveryoneMayUseItAndNobodyMustByDefault(): void {
		$policy = $this->sharingPolicy();

		$this->assertTrue($policy->mayUse($this->user('bob')));
		$this->assertFalse($policy->isRequiredFor($this->user('alice')));
	}

	public function testOnlyMembersOfAllowedOrRequiredGroupsMayUseIt(): void {
		$this->setPolicy(['legal'], ['sharers']);
		$policy = $this->sharingPolicy();

		$this->assertTrue($policy->mayUse($this->user('alice')));
		$this->assertFalse($policy->mayUse($this->user('bob')));
		$this->groupMembers['bob'] = ['legal'];
		$this->assertTrue($this->sharingPolicy()->mayUse($this->user('bob')), 'a required group implies the option');
		$this->assertTrue($this->sharingPolicy()->isRequiredForUserId('bob'));
		$this->assertFalse($this->sharingPolicy()->isRequiredForUserId('nobody'));
	}

	public function testAUserOutsideTheAllowedGroupsGets403AndNothingChanges(): void {
		$this->setPolicy([], ['legal']);

		$response = $this->controller('alice')->update('42', true);

		$this->assertSame(403, $response->getStatus());
		$this->assertSame('not_allowed', $response->getData()['error']);
		$this->assertSame([], $this->shareUpdates());
		$this->assertSame([], $this->settingsRows());
	}

	public function testARequiredShareCannotBeSwitchedOffThroughOurApi(): void {
		$this->setPolicy(['sharers']);
		$this->assertSame(200, $this->controller('alice')->update('42', true)->getStatus());
		$updates = count($this->shareUpdates());

		$response = $this->controller('alice')->update('42', false);

		$this->assertSame(403, $response->getStatus());
		$this->assertSame('required_by_policy', $response->getData()['error']);
		$this->assertCount($updates, $this->shareUpdates());
		$this->assertTrue($this->shareState('42')['sendPasswordByTalk']);
		$this->assertCount(1, $this->settingsRows());
	}

	public function testOtherUsersSharesMayStillBeSwitchedOff(): void {
		$this->setPolicy(['legal']);
		$this->controller('alice')->update('42', true);

		$this->assertSame(200, $this->controller('alice')->update('42', false)->getStatus());
		$this->assertFalse($this->shareState('42')['sendPasswordByTalk']);
	}

	public function testCreationOfALinkShareByARequiredUserGetsTheFlagAndAHashedGeneratedPassword(): void {
		$this->setPolicy(['sharers']);
		$share = $this->newShare(IShare::TYPE_LINK, 'alice', null);
		$before = new BeforeShareCreatedEvent($share);
		// One instance per request, as Nextcloud's container shares it: it remembers what it generated
		$listener = $this->listener();

		$listener->handle($before);

		$this->assertNull($before->getError());
		$this->assertFalse($before->isPropagationStopped());
		$this->assertTrue($share->getSendPasswordByTalk());
		// Share20\Manager hashed link passwords before the event: ours must be a hash too
		$this->assertSame('argon:generated-1', $share->getPassword());

		$share->setId('46');
		$listener->handle(new ShareCreatedEvent($share));

		$row = $this->settingsRows()[0];
		$this->assertSame(46, (int)$row['share_id']);
		$this->assertSame('approve', $row['mode']);
		$this->assertSame('alice', $row['enabled_by']);
		$this->assertSame(1, (int)$row['password_generated']);
	}

	public function testCreationOfAnEmailShareKeepsThePlainPasswordForSharebymailToHash(): void {
		$this->setPolicy(['sharers']);
		$share = $this->newShare(IShare::TYPE_EMAIL, 'alice', null);

		$this->listener()->handle(new BeforeShareCreatedEvent($share));

		$this->assertTrue($share->getSendPasswordByTalk());
		$this->assertSame('generated-1', $share->getPassword());
	}

	public function testTheSharersOwnPasswordIsKeptAndTheDefaultModeApplies(): void {
		$this->setPolicy(['sharers']);
		$this->appValues['video_verification']['default_mode'] = 'password';
		$share = $this->newShare(IShare::TYPE_LINK, 'alice', 'argon:own');

		$this->listener()->handle(new BeforeShareCreatedEvent($share));
		$share->setId('47');
		$this->listener()->handle(new ShareCreatedEvent($share));

		$this->assertSame('argon:own', $share->getPassword());
		$this->assertSame('password', $this->settingsRows()[0]['mode']);
		$this->assertSame(0, (int)$this->settingsRows()[0]['password_generated']);
	}

	public function testCreationIsRefusedWhenTalkIsNotThereForARequiredUser(): void {
		$this->setPolicy(['sharers']);
		$this->talkUsers = [];
		$share = $this->newShare(IShare::TYPE_LINK, 'alice', null);
		$event = new BeforeShareCreatedEvent($share);

		$this->listener()->handle($event);

		// Share20\Manager refuses the share only with both
		$this->assertStringContainsString('Talk is not available', (string)$event->getError());
		$this->assertTrue($event->isPropagationStopped());
		$this->assertFalse($share->getSendPasswordByTalk());
	}

	public function testSharesOfOtherUsersAndOtherTypesAreLeftAlone(): void {
		$this->setPolicy(['legal']);
		$link = $this->newShare(IShare::TYPE_LINK, 'alice', null);
		$this->listener()->handle(new BeforeShareCreatedEvent($link));
		$this->setPolicy(['sharers']);
		$userShare = $this->newShare(IShare::TYPE_USER, 'alice', null);
		$this->listener()->handle(new BeforeShareCreatedEvent($userShare));
		$userShare->setId('48');
		$this->listener()->handle(new ShareCreatedEvent($userShare));

		$this->assertFalse($link->getSendPasswordByTalk());
		$this->assertNull($link->getPassword());
		$this->assertFalse($userShare->getSendPasswordByTalk());
		$this->assertSame([], $this->settingsRows());
	}

	public function testAnUpdateThatSwitchedItOffIsUndoneLikeOurPut(): void {
		$this->setPolicy(['sharers']);
		$this->controller('alice')->update('42', true);
		// Nextcloud's own checkbox (files_sharing) switches the flag off
		$this->shareState('42')['sendPasswordByTalk'] = false;

		$this->listener()->handle(new ShareUpdatedEvent($this->shareManager()->getShareById('ocinternal:42')));

		$this->assertTrue($this->shareState('42')['sendPasswordByTalk']);
		$this->assertNotNull($this->shareState('42')['password']);
		$this->assertCount(1, $this->settingsRows());
	}

	public function testAnUpdateOfAnOlderShareTurnsItOnWithANewPasswordForEmailShares(): void {
		$this->setPolicy(['sharers']);

		$this->listener()->handle(new ShareUpdatedEvent($this->shareManager()->getShareById('ocMailShare:43')));

		$this->assertTrue($this->shareState('43')['sendPasswordByTalk']);
		// Nextcloud demands a new password when an e-mail share's flag changes
		$this->assertSame('hash:generated-1', $this->shareState('43')['password']);
		$this->assertSame('approve', $this->settingsRows()[0]['mode']);
	}

	public function testAnUpdateOfAVerifiedShareWritesNothing(): void {
		$this->setPolicy(['sharers']);
		$this->controller('alice')->update('42', true);
		$updates = count($this->shareUpdates());

		$this->listener()->handle(new ShareUpdatedEvent($this->shareManager()->getShareById('ocinternal:42')));

		$this->assertCount($updates, $this->shareUpdates());
	}

	public function testAnUpdateThatCannotBeEnforcedIsLogged(): void {
		$this->setPolicy(['sharers']);
		$this->talkUsers = [];

		$this->listener()->handle(new ShareUpdatedEvent($this->shareManager()->getShareById('ocinternal:42')));

		$this->assertFalse($this->shareState('42')['sendPasswordByTalk']);
		$this->assertCount(1, $this->warnings);
	}

	public function testUpdatesOfSharesOutsideThePolicyAreLeftAlone(): void {
		$this->setPolicy(['sharers']);

		$this->listener()->handle(new ShareUpdatedEvent($this->shareManager()->getShareById('ocinternal:45')));
		$this->listener()->handle(new Event());

		$this->assertSame([], $this->shareUpdates());
	}

	private function listener(): SharePolicyListener {
		$talk = $this->createMock(TalkAvailability::class);
		$talk->method('isEnabledForUserId')->willReturnCallback(fn (string $uid): bool => in_array($uid, $this->talkUsers, true));
		$generator = $this->createMock(SharePasswordGenerator::class);
		$generator->method('generate')->willReturnCallback(fn (): string => 'generated-' . ++$this->generatedPasswords);
		$hasher = $this->createMock(IHasher::class);
		$hasher->method('hash')->willReturnCallback(static fn (string $plain): string => 'argon:' . $plain);
		$users = $this->createMock(IUserManager::class);
		$users->method('get')->willReturnCallback(fn (string $uid): ?IUser => $this->user($uid));
		$time = $this->createMock(ITimeFactory::class);
		$time->method('getTime')->willReturn(self::NOW);
		$logger = $this->createMock(LoggerInterface::class);
		$logger->method('warning')->willReturnCallback(function (string $message): void {
			$this->warnings[] = $message;
		});
		return new SharePolicyListener(new SharePolicyEnforcer(
			$this->sharingPolicy(),
			$this->adminPolicy(),
			$talk,
			$generator,
			$hasher,
			$this->mapper,
			$this->service(),
			$users,
			$time,
			$this->l10n(),
			$logger,
		));
	}

	/**
	 * A share as Share20\Manager hands it to BeforeShareCreatedEvent: no id yet, token set.
	 */
	private function newShare(int $type, string $sharedBy, ?string $password): IShare {
		$state = new \ArrayObject(['type' => $type, 'sharedBy' => $sharedBy, 'password' => $password, 'flag' => false, 'id' => null]);
		$share = $this->createMock(IShare::class);
		$share->method('getShareType')->willReturn($type);
		$share->method('getSharedBy')->willReturn($sharedBy);
		$share->method('getToken')->willReturn('NewToken' . $type);
		$share->method('getId')->willReturnCallback(static fn () => $state['id']);
		$share->method('setId')->willReturnCallback(static function ($id) use ($state, &$share) {
			$state['id'] = $id;
			return $share;
		});
		$share->method('getPassword')->willReturnCallback(static fn () => $state['password']);
		$share->method('setPassword')->willReturnCallback(static function ($password) use ($state, &$share) {
			$state['password'] = $password;
			return $share;
		});
		$share->method('getSendPasswordByTalk')->willReturnCallback(static fn () => $state['flag']);
		$share->method('setSendPasswordByTalk')->willReturnCallback(static function (bool $flag) use ($state, &$share) {
			$state['flag'] = $flag;
			return $share;
		});
		return $share;
	}
}

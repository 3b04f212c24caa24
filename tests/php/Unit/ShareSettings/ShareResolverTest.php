<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\ShareSettings;

use OCA\VideoVerification\Exception\ShareNotFoundException;
use OCA\VideoVerification\Service\ShareSettings\ShareResolver;
use OCA\VideoVerification\Tests\Unit\ShareFixtures;
use OCP\Share\IShare;
use PHPUnit\Framework\TestCase;

class ShareResolverTest extends TestCase {
	use ShareFixtures;

	public function testFindsLinkSharesInTheDefaultProvider(): void {
		$this->addShare(['id' => '42', 'type' => IShare::TYPE_LINK]);

		$share = (new ShareResolver($this->shareManager(), $this->l10n()))->resolveEditable('42', $this->user('alice'));

		$this->assertSame('ocinternal:42', $share->getFullId());
	}

	public function testFindsEmailSharesInTheSharebymailProvider(): void {
		$this->addShare(['id' => '7', 'type' => IShare::TYPE_EMAIL]);

		$share = (new ShareResolver($this->shareManager(), $this->l10n()))->resolveEditable('7', $this->user('alice'));

		$this->assertSame('ocMailShare:7', $share->getFullId());
	}

	public static function editors(): array {
		return [
			'owner of the file' => ['alice', 'bob', 'alice', true],
			'initiator of the share' => ['alice', 'bob', 'bob', true],
			'someone else' => ['alice', 'bob', 'carol', false],
		];
	}

	/**
	 * @dataProvider editors
	 */
	public function testOnlyOwnerAndInitiatorMayEdit(string $owner, string $sharedBy, string $uid, bool $allowed): void {
		$this->addShare(['id' => '42', 'owner' => $owner, 'sharedBy' => $sharedBy]);
		$resolver = new ShareResolver($this->shareManager(), $this->l10n());

		if (!$allowed) {
			$this->expectException(ShareNotFoundException::class);
		}
		$this->assertSame('42', $resolver->resolveEditable('42', $this->user($uid))->getId());
	}

	public function testAShareWithoutPermissionsIsNotEditable(): void {
		$this->addShare(['id' => '42', 'permissions' => 0]);

		$this->expectException(ShareNotFoundException::class);
		(new ShareResolver($this->shareManager(), $this->l10n()))->resolveEditable('42', $this->user('alice'));
	}

	public function testMalformedIdsNeverReachTheShareManager(): void {
		$manager = $this->createMock(\OCP\Share\IManager::class);
		$manager->expects($this->never())->method('getShareById');
		$resolver = new ShareResolver($manager, $this->l10n());

		foreach (['', 'abc', '0', '01', '-1', '1e3', '4 2', '42:1', '12345678901234567890'] as $id) {
			try {
				$resolver->resolveEditable($id, $this->user('alice'));
				$this->fail('accepted ' . $id);
			} catch (ShareNotFoundException) {
				$this->addToAssertionCount(1);
			}
		}
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\ShareSettings;

use OCA\VideoVerification\Exception\ShareUpdateFailedException;
use OCA\VideoVerification\Service\ShareSettings\ShareWriter;
use OCP\HintException;
use OCP\Share\Exceptions\GenericShareException;
use OCP\Share\IManager;
use OCP\Share\IShare;
use PHPUnit\Framework\TestCase;

class ShareWriterTest extends TestCase {
	public function testSetsFlagAndPasswordThenUpdates(): void {
		$share = $this->createMock(IShare::class);
		$share->expects($this->once())->method('setSendPasswordByTalk')->with(true);
		$share->expects($this->once())->method('setPassword')->with('secret');
		$manager = $this->createMock(IManager::class);
		$manager->expects($this->once())->method('updateShare')->with($share)->willReturn($share);

		$this->assertSame($share, (new ShareWriter($manager))->write($share, true, 'secret'));
	}

	public function testKeepsThePasswordWhenNoneIsGiven(): void {
		$share = $this->createMock(IShare::class);
		$share->expects($this->never())->method('setPassword');
		$manager = $this->createMock(IManager::class);
		$manager->method('updateShare')->willReturn($share);

		(new ShareWriter($manager))->write($share, false, null);
	}

	public static function refusals(): array {
		return [
			'rule of the share manager' => [new \InvalidArgumentException('Cannot enable sending the password by Talk with an empty password'), 'Cannot enable sending the password by Talk with an empty password'],
			'generic share exception' => [new GenericShareException('log text', 'Sharing is disabled'), 'Sharing is disabled'],
			'password policy' => [new HintException('log text', 'Password needs a digit', 400), 'Password needs a digit'],
		];
	}

	/**
	 * @dataProvider refusals
	 */
	public function testRefusalsBecomeShareUpdateFailedWithTheTranslatedText(\Exception $refusal, string $message): void {
		$manager = $this->createMock(IManager::class);
		$manager->method('updateShare')->willThrowException($refusal);

		try {
			(new ShareWriter($manager))->write($this->createMock(IShare::class), true, 'x');
			$this->fail('no exception');
		} catch (ShareUpdateFailedException $e) {
			$this->assertSame($message, $e->getMessage());
			$this->assertSame('share_update_failed', $e->errorCode());
		}
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Activity;

use OCA\VideoVerification\Activity\Provider;
use OCA\VideoVerification\Activity\Setting;
use OCA\VideoVerification\Demo\Ocp\Activity\DemoActivityEvent;
use OCP\Activity\Exceptions\UnknownActivityException;
use OCP\IL10N;
use OCP\IURLGenerator;
use OCP\IUserManager;
use OCP\L10N\IFactory;
use PHPUnit\Framework\TestCase;

class ProviderTest extends TestCase {
	public function testTheSharerSeesTheirOwnApproval(): void {
		$event = $this->event('request_approved', 'alice', 'alice');

		$parsed = $this->provider()->parse('en', $event);

		$this->assertSame('You approved the video verification of Carol for Contract.pdf', $parsed->getParsedSubject());
		$this->assertSame('You approved the video verification of {requester} for {file}', $parsed->getRichSubject());
		$this->assertSame(['type' => 'highlight', 'id' => 'r1', 'name' => 'Carol'], $parsed->getRichSubjectParameters()['requester']);
		$this->assertSame('https://cloud.example.com/index.php/f/101', $parsed->getRichSubjectParameters()['file']['link']);
		$this->assertSame('https://cloud.example.com/apps/video_verification/img/app-dark.svg', $parsed->getIcon());
	}

	public function testTheOwnerSeesWhoElseDeclined(): void {
		$parsed = $this->provider()->parse('en', $this->event('request_declined', 'alice', 'bob'));

		$this->assertSame('Bob Baker declined the video verification of Carol for Contract.pdf', $parsed->getParsedSubject());
		$this->assertSame(['type' => 'user', 'id' => 'bob', 'name' => 'Bob Baker'], $parsed->getRichSubjectParameters()['user']);
	}

	public function testOtherEventsAreNotOurs(): void {
		foreach ([
			(new DemoActivityEvent())->setApp('files')->setType('file_changed')->setSubject('changed_self'),
			$this->event('request_exploded', 'alice', 'alice'),
		] as $event) {
			try {
				$this->provider()->parse('en', $event);
				$this->fail('parsed an event that is not ours');
			} catch (UnknownActivityException) {
				$this->addToAssertionCount(1);
			}
		}
	}

	public function testTheSettingSitsInTheSharingGroup(): void {
		$l10n = $this->createMock(IL10N::class);
		$l10n->method('t')->willReturnArgument(0);
		$setting = new Setting($l10n);

		$this->assertSame('video_verification', $setting->getIdentifier());
		$this->assertSame('sharing', $setting->getGroupIdentifier());
		$this->assertTrue($setting->isDefaultEnabledStream());
		$this->assertFalse($setting->isDefaultEnabledMail());
		$this->assertGreaterThanOrEqual(0, $setting->getPriority());
		$this->assertLessThanOrEqual(100, $setting->getPriority());
	}

	private function event(string $subject, string $affected, string $author): DemoActivityEvent {
		$event = new DemoActivityEvent();
		$event->setApp('video_verification')->setType('video_verification')->setAffectedUser($affected)->setAuthor($author)
			->setSubject($subject, ['requestId' => 'r1', 'requester' => 'Carol', 'file' => 'Contract.pdf', 'fileId' => 101])
			->setObject('files', 101, 'Contract.pdf');
		return $event;
	}

	private function provider(): Provider {
		$l10n = $this->createMock(IL10N::class);
		$l10n->method('t')->willReturnArgument(0);
		$factory = $this->createMock(IFactory::class);
		$factory->method('get')->willReturn($l10n);
		$urls = $this->createMock(IURLGenerator::class);
		$urls->method('getAbsoluteURL')->willReturnCallback(static fn (string $url): string => 'https://cloud.example.com' . $url);
		$urls->method('imagePath')->willReturnCallback(static fn (string $app, string $file): string => "/apps/$app/img/$file");
		$users = $this->createMock(IUserManager::class);
		$users->method('getDisplayName')->willReturnCallback(static fn (string $uid): ?string => ['bob' => 'Bob Baker'][$uid] ?? null);
		return new Provider($factory, $urls, $users);
	}
}

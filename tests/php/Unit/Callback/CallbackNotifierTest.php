<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Callback;

use OCA\VideoVerification\Db\CallbackMapper;
use OCA\VideoVerification\Demo\Ocp\Notification\DemoNotification;
use OCA\VideoVerification\Notification\CallbackNotifications;
use OCA\VideoVerification\Notification\CallbackNotifier;
use OCA\VideoVerification\Tests\Unit\Request\RequestStack;
use OCP\IURLGenerator;
use OCP\L10N\IFactory;
use OCP\Notification\AlreadyProcessedException;
use OCP\Notification\INotification;
use OCP\Notification\UnknownNotificationException;
use PHPUnit\Framework\TestCase;

class CallbackNotifierTest extends TestCase {
	use RequestStack;

	protected function setUp(): void {
		parent::setUp();
		$this->setUpRequestStack();
		$this->addPublicShare(['nodeId' => 101]);
	}

	public function testWhileThePageIsOpenItOffersCallBackWithTheMessageAndTheTime(): void {
		$this->now = 1_800_000_000 - (1_800_000_000 % 86400) + 14 * 3600;
		$id = $this->askedForCallback('Carol <Cole>', 'After 3 pm please');
		$this->now += 30;

		$prepared = $this->notifier()->prepare($this->callbackNotification(), 'en');

		$this->assertSame('Carol <Cole> asks you to call back about Contract.pdf', $prepared->getParsedSubject());
		$this->assertSame('{name} asks you to call back about {file}', $prepared->getRichSubject());
		$this->assertSame("Asked at 14:01. Their page is open: \"Call back\" rings them.\nThey wrote: “After 3 pm please”", $prepared->getParsedMessage());
		$actions = $prepared->getParsedActions();
		$this->assertCount(1, $actions);
		$this->assertSame(['Call back', 'https://cloud.example.com/ocs/v2.php/apps/video_verification/api/v1/requests/' . $id . '/call-back', 'POST', true],
			[$actions[0]->getParsedLabel(), $actions[0]->getLink(), $actions[0]->getRequestType(), $actions[0]->isPrimary()]);
		$this->assertTrue($prepared->isValidParsed());
	}

	public function testOnceThePageStoppedPollingItOnlySaysWhenTheyAsked(): void {
		$this->now = 1_800_000_000 - (1_800_000_000 % 86400) + 14 * 3600;
		$this->askedForCallback('Carol', '');
		$this->now += 31;

		$prepared = $this->notifier()->prepare($this->callbackNotification(), 'en');

		$this->assertSame('Asked at 14:01. Their page has been closed since.', $prepared->getParsedMessage());
		$this->assertSame([], $prepared->getParsedActions());
	}

	public function testAfterTheCallBackItDisappears(): void {
		$id = $this->askedForCallback('Carol', '');
		(new CallbackMapper($this->db))->start($id, $this->now);

		$this->expectException(AlreadyProcessedException::class);
		$this->notifier()->prepare($this->callbackNotification(), 'en');
	}

	public function testOtherNotificationsAreNotItsOwn(): void {
		$this->requestController()->create('DemoContract001', 'Carol');

		$this->expectException(UnknownNotificationException::class);
		$this->notifier()->prepare($this->notified[0], 'en');
	}

	private function askedForCallback(string $name, string $message): string {
		$created = $this->requestController()->create('DemoContract001', $name)->getData();
		$this->now += 61;
		$this->requestController('recipient', $created['secret'])->cancel($created['requestId']);
		$this->assertSame(201, $this->callbackController('recipient', $created['secret'])->ask($created['requestId'], $message)->getStatus());
		return $created['requestId'];
	}

	private function callbackNotification(): INotification {
		$found = array_values(array_filter($this->notified, static fn ($n): bool => $n->getObjectType() === CallbackNotifications::OBJECT_TYPE));
		$this->assertCount(1, $found);
		$this->assertInstanceOf(DemoNotification::class, $found[0]);
		return $found[0];
	}

	private function notifier(): CallbackNotifier {
		$factory = $this->createMock(IFactory::class);
		$factory->method('get')->willReturn($this->requestL10n());
		$urls = $this->createMock(IURLGenerator::class);
		$urls->method('getAbsoluteURL')->willReturnCallback(static fn (string $url): string => 'https://cloud.example.com' . $url);
		$urls->method('imagePath')->willReturnCallback(static fn (string $app, string $file): string => "/apps/$app/img/$file");
		return new CallbackNotifier($factory, $this->mapper(), new CallbackMapper($this->db), $urls, $this->time());
	}
}

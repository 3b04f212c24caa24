<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Notification;

use OCA\VideoVerification\Demo\Ocp\Notification\DemoNotification;
use OCA\VideoVerification\Notification\Notifier;
use OCA\VideoVerification\Tests\Unit\Request\RequestStack;
use OCP\IURLGenerator;
use OCP\L10N\IFactory;
use OCP\Notification\AlreadyProcessedException;
use OCP\Notification\UnknownNotificationException;
use OCP\Share\IShare;
use PHPUnit\Framework\TestCase;

class NotifierTest extends TestCase {
	use RequestStack;

	protected function setUp(): void {
		parent::setUp();
		$this->setUpRequestStack();
		$this->addPublicShare(['nodeId' => 101]);
		$this->addPublicShare(['id' => '2', 'token' => 'DemoMedical0002', 'type' => IShare::TYPE_EMAIL,
			'sharedWith' => 'carol@example.com', 'target' => '/Medical report.pdf', 'nodeId' => 102, 'verification' => 'password']);
	}

	public function testAnOpenRequestShowsWhoWhatTheCodeAndApproveDecline(): void {
		$this->now = 1_800_000_000 - (1_800_000_000 % 86400) + 14 * 3600 + 2 * 60;
		$created = $this->requestController()->create('DemoContract001', 'Carol <Cole>')->getData();

		$prepared = $this->notifier()->prepare($this->notified[0], 'en');

		$this->assertSame('Carol <Cole> asks to open Contract.pdf', $prepared->getParsedSubject());
		$this->assertSame('{name} asks to open {file}', $prepared->getRichSubject());
		$this->assertSame([
			'name' => ['type' => 'highlight', 'id' => $created['requestId'], 'name' => 'Carol <Cole>'],
			'file' => ['type' => 'highlight', 'id' => '101', 'name' => 'Contract.pdf'],
		], $prepared->getRichSubjectParameters());
		$this->assertSame('Read-back code: ' . $created['code'] . ' · requested at 14:02', $prepared->getParsedMessage());
		$this->assertSame('https://cloud.example.com/index.php/f/101', $prepared->getLink());
		$actions = array_map(static fn ($action): array => [
			'label' => $action->getParsedLabel(),
			'link' => $action->getLink(),
			'type' => $action->getRequestType(),
			'primary' => $action->isPrimary(),
		], $prepared->getParsedActions());
		$base = 'https://cloud.example.com/ocs/v2.php/apps/video_verification/api/v1/requests/' . $created['requestId'];
		$this->assertSame([
			['label' => 'Approve', 'link' => $base . '/approve', 'type' => 'POST', 'primary' => true],
			['label' => 'Decline', 'link' => $base . '/decline', 'type' => 'POST', 'primary' => false],
			['label' => 'Ask for ID document', 'link' => $base . '/id-check', 'type' => 'POST', 'primary' => false],
		], $actions);
		$this->assertTrue($prepared->isValidParsed());
	}

	public function testTheEmailOfAnEmailShareIsShown(): void {
		$this->requestController()->create('DemoMedical0002', 'Carol');

		$prepared = $this->notifier()->prepare($this->notified[0], 'en');

		$this->assertStringEndsWith("\nThe share was sent to carol@example.com; the caller may be someone else.", $prepared->getParsedMessage());
		$this->assertSame(['type' => 'highlight', 'id' => $prepared->getObjectId() . '-email', 'name' => 'carol@example.com'], $prepared->getRichMessageParameters()['email']);
		$this->assertStringNotContainsString('E-mail:', $prepared->getParsedMessage());
	}

	public function testWhileTheCallRingsTheNotificationAnswersItAndAfterTheAnswerLeadsBackToItWithApproveInItsPlace(): void {
		$this->requestController()->create('DemoContract001', 'Carol')->getData();
		$this->assertSame(['Approve', 'Decline', 'Ask for ID document'], $this->actionLabels(), 'no call to answer yet');

		$room = $this->talkRings('DemoContract001');
		$this->assertSame('ringing', $this->requestRows()[0]['status']);
		$actions = $this->notifier()->prepare(clone end($this->notified), 'en')->getParsedActions();
		$this->assertSame(['Answer call', 'Approve', 'Decline', 'Ask for ID document'], array_map(static fn ($a): string => $a->getParsedLabel(), $actions));
		$this->assertSame([true, false, false, false], array_map(static fn ($a): bool => $a->isPrimary(), $actions));
		$this->assertSame(['WEB', 'https://cloud.example.com/index.php/call/' . $room->getToken() . '#direct-call'], [$actions[0]->getRequestType(), $actions[0]->getLink()]);

		$this->talkCallFlags($room, 'users', 'alice', 7);
		$answered = $this->notifier()->prepare(clone end($this->notified), 'en')->getParsedActions();
		// Approve and Decline keep their places: a click meant for Approve while the panel
		// refreshes must not land on Decline
		$this->assertSame(['Back to call', 'Approve', 'Decline', 'Ask for ID document'], array_map(static fn ($a): string => $a->getParsedLabel(), $answered));
		$this->assertSame([true, false, false, false], array_map(static fn ($a): bool => $a->isPrimary(), $answered));
		$this->assertSame(['WEB', $actions[0]->getLink()], [$answered[0]->getRequestType(), $answered[0]->getLink()]);
	}

	/**
	 * @return list<string>
	 */
	private function actionLabels(): array {
		return array_map(static fn ($a): string => $a->getParsedLabel(), $this->notifier()->prepare(clone end($this->notified), 'en')->getParsedActions());
	}

	public function testAnAudioOnlyCallWarnsTheSharerAndOffersNoIdCheck(): void {
		$this->callsWithoutVideo = true;
		$this->requestController()->create('DemoContract001', 'Carol', 'audio');

		$prepared = $this->notifier()->prepare($this->notified[0], 'en');

		$this->assertStringEndsWith("\nNo video: you cannot see this person.", $prepared->getParsedMessage());
		$this->assertSame(['Approve', 'Decline'], array_map(static fn ($action): string => $action->getParsedLabel(), $prepared->getParsedActions()));
	}

	public static function endings(): array {
		return [
			'approved' => ['approve'],
			'declined' => ['decline'],
			'cancelled' => ['cancel'],
			'expired without anyone storing it' => ['expire'],
			'deleted from the database' => ['delete'],
		];
	}

	/**
	 * @dataProvider endings
	 */
	public function testARequestThatIsNoLongerOpenMakesItsNotificationDisappear(string $ending): void {
		$created = $this->requestController()->create('DemoContract001', 'Carol')->getData();
		match ($ending) {
			'approve' => $this->talkAnswers('DemoContract001') && $this->decisionController('alice')->approve($created['requestId']),
			'decline' => $this->decisionController('alice')->decline($created['requestId']),
			'cancel' => $this->requestController('recipient', $created['secret'])->cancel($created['requestId']),
			'expire' => $this->now = $created['expiresAt'],
			'delete' => $this->db->executeStatement('DELETE FROM `*PREFIX*vv_requests`'),
		};

		$this->expectException(AlreadyProcessedException::class);
		$this->notifier()->prepare($this->notified[0], 'en');
	}

	public function testNotificationsOfOtherAppsAndSubjectsAreNotOurs(): void {
		$this->requestController()->create('DemoContract001', 'Carol');
		$other = (new DemoNotification())->setApp('spreed')->setUser('alice')->setDateTime(new \DateTime())->setObject('room', 'x')->setSubject('call');
		$unknownSubject = (new DemoNotification())->setApp('video_verification')->setUser('alice')->setDateTime(new \DateTime())->setObject('verification_request', 'x')->setSubject('other');

		foreach ([$other, $unknownSubject] as $notification) {
			try {
				$this->notifier()->prepare($notification, 'en');
				$this->fail('prepared a notification that is not ours');
			} catch (UnknownNotificationException) {
				$this->addToAssertionCount(1);
			}
		}
	}

	public function testTheNotifierNamesItself(): void {
		$this->assertSame('video_verification', $this->notifier()->getID());
		$this->assertSame('Video Verification', $this->notifier()->getName());
	}

	private function notifier(): Notifier {
		$factory = $this->createMock(IFactory::class);
		$factory->method('get')->willReturn($this->requestL10n());
		$urls = $this->createMock(IURLGenerator::class);
		$urls->method('getAbsoluteURL')->willReturnCallback(static fn (string $url): string => 'https://cloud.example.com' . $url);
		$urls->method('imagePath')->willReturnCallback(static fn (string $app, string $file): string => "/apps/$app/img/$file");
		$urls->method('linkToRouteAbsolute')->willReturnCallback(static fn (string $route, array $parameters): string => $route === 'spreed.Page.showCall'
			? 'https://cloud.example.com/index.php/call/' . $parameters['token']
			: throw new \LogicException($route));
		return new Notifier($factory, $this->mapper(), $urls, $this->time());
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Demo;

use OCA\VideoVerification\Tests\Support\ApplicationBootstrap;
use OCA\VideoVerification\AppInfo\Application;
use OCA\VideoVerification\Demo\Talk\TalkApp;
use OCA\VideoVerification\Demo\AppFramework\ControllerDispatcher;
use OCA\VideoVerification\Demo\AppFramework\RouteLoader;
use OCA\VideoVerification\Demo\AppFramework\RouteTable;
use OCA\VideoVerification\Demo\Ocp\Bootstrap\DemoRegistrationContext;
use OCA\VideoVerification\Demo\Pages\PublicShareSession;
use OCA\VideoVerification\Tests\Contract\OpenApiValidator;
use OCA\VideoVerification\Tests\Unit\Demo\Talk\TalkHarness;
use OCP\EventDispatcher\IEventDispatcher;
use OCP\Share\IManager;
use PHPUnit\Framework\TestCase;

/**
 * The approval journey through the demo host's real routing, security checks, our real
 * controllers, notifier and the notifications stand-in, with one PHP session per browser:
 * what the e2e journeys rely on, without a browser. Every answer of our app is checked
 * against openapi.json.
 */
class VerificationFlowTest extends TestCase {
	private const OCS = '/ocs/v2.php/apps/video_verification/api/v1';

	private TalkHarness $harness;
	private OpenApiValidator $validator;

	protected function setUp(): void {
		parent::setUp();
		$this->harness = new TalkHarness();
		$this->validator = new OpenApiValidator(dirname(__DIR__, 4) . '/openapi.json');
		$this->harness->login('alice', 'alice');
	}

	protected function tearDown(): void {
		$this->harness->cleanUp();
		parent::tearDown();
	}

	public function testAliceApprovesFromHerNotificationAndOnlyTheRecipientsSessionOpensTheShare(): void {
		$this->assertSame(200, $this->ocs('alice', 'PUT', self::OCS . '/shares/1', ['enabled' => true, 'mode' => 'approve'])['status']);
		$created = $this->ocs('recipient', 'POST', self::OCS . '/requests', ['shareToken' => 'DemoContract001', 'displayName' => 'Carol'])['data'];
		$secret = ['x-request-secret' => $created['secret']];
		$this->assertSame('requested', $this->ocs('recipient', 'POST', self::OCS . '/requests/' . $created['requestId'] . '/progress', ['stage' => 'ringing'], $secret)['data']['status'], 'the recipient\'s word changes nothing');
		$room = $this->talkRings('recipient', 'DemoContract001');
		$this->assertSame('ringing', $this->ocs('recipient', 'GET', self::OCS . '/requests/' . $created['requestId'], null, $secret)['data']['status'], 'Talk says the recipient is in the call');

		$notifications = $this->ocs('alice', 'GET', '/ocs/v2.php/apps/notifications/api/v2/notifications')['data'];
		$this->assertSame(['video_verification'], array_column($notifications, 'app'), 'one notification for the call: Talk rings nobody for a silent join');
		$notification = $notifications[0];
		$this->assertSame('Carol asks to open Contract.pdf', $notification['subject']);
		$this->assertStringContainsString($created['code'], $notification['message']);
		$this->assertSame(['Answer call', 'Approve', 'Decline', 'Ask for ID document'], array_column($notification['actions'], 'label'));
		$this->assertSame(['WEB', 'POST', 'POST', 'POST'], array_column($notification['actions'], 'type'));
		$this->assertSame([true, false, false, false], array_column($notification['actions'], 'primary'));
		$this->assertSame("http://demo.test/index.php/call/$room#direct-call", $notification['actions'][0]['link'], 'Talk\'s own "Answer call" link');

		$approve = parse_url($notification['actions'][1]['link'], PHP_URL_PATH);
		$this->harness->login('bob', 'bob');
		$this->assertSame(401, $this->ocs('guest', 'POST', $approve)['status'], 'a guest');
		$this->assertSame(404, $this->ocs('bob', 'POST', $approve)['status'], 'a user who may not edit the share');
		$this->assertSame('call_not_answered', $this->ocs('alice', 'POST', $approve)['data']['error'], 'alice has not been in the call');
		$this->talkJoins('alice', $room);
		$this->assertSame('approved', $this->ocs('alice', 'POST', $approve)['data']['status']);
		$this->assertSame([], array_filter(
			$this->ocs('alice', 'GET', '/ocs/v2.php/apps/notifications/api/v2/notifications')['data'],
			static fn (array $n): bool => $n['app'] === 'video_verification',
		), 'the decided request has no notification any more');

		$share = $this->harness->container()->get(IManager::class)->getShareByToken('DemoContract001');
		$this->assertFalse($this->unlocked('recipient', $share));
		$this->assertSame(404, $this->ocs('intruder', 'GET', self::OCS . '/requests/' . $created['requestId'], null, $secret)['status']);
		$this->assertSame('used', $this->ocs('recipient', 'GET', self::OCS . '/requests/' . $created['requestId'], null, $secret)['data']['status']);

		$this->assertTrue($this->unlocked('recipient', $share));
		$this->assertFalse($this->unlocked('intruder', $share));
		$this->assertFalse($this->unlocked('link only', $share));
		$records = $this->ocs('alice', 'GET', self::OCS . '/files/101/requests')['data'];
		$this->assertSame(['used'], array_column($records, 'status'));
		$this->assertSame([], $this->violations);
	}

	public function testTheRecipientHangsUpWhileItRingsAndTheCallLeavesNoNotification(): void {
		$this->assertSame(200, $this->ocs('alice', 'PUT', self::OCS . '/shares/1', ['enabled' => true, 'mode' => 'approve'])['status']);
		$created = $this->ocs('recipient', 'POST', self::OCS . '/requests', ['shareToken' => 'DemoContract001', 'displayName' => 'Carol'])['data'];
		$secret = ['x-request-secret' => $created['secret']];
		$room = $this->talkRings('recipient', 'DemoContract001');
		$this->assertSame(['video_verification'], array_column($this->ocs('alice', 'GET', '/ocs/v2.php/apps/notifications/api/v2/notifications')['data'], 'app'));

		$this->assertSame(200, $this->ocs('recipient', 'DELETE', "/ocs/v2.php/apps/spreed/api/v4/call/$room")['status']);
		$this->assertSame('cancelled', $this->ocs('recipient', 'DELETE', self::OCS . '/requests/' . $created['requestId'], null, $secret)['data']['status']);
		$this->assertSame(200, $this->ocs('recipient', 'DELETE', "/ocs/v2.php/apps/spreed/api/v4/room/$room/participants/active")['status']);

		$this->assertSame([], $this->ocs('alice', 'GET', '/ocs/v2.php/apps/notifications/api/v2/notifications')['data'], 'the call rang with one notification and leaves none');
		$this->assertSame([], $this->violations);
	}

	public function testAWrongPasswordThenTheRightOneInPasswordMode(): void {
		$this->assertSame(200, $this->ocs('alice', 'PUT', self::OCS . '/shares/3', ['enabled' => true, 'mode' => 'password'])['status']);
		$created = $this->ocs('recipient', 'POST', self::OCS . '/requests', ['shareToken' => 'DemoBankStmt003', 'displayName' => 'Dan'])['data'];
		$path = self::OCS . '/requests/' . $created['requestId'] . '/password';
		$secret = ['x-request-secret' => $created['secret']];
		$share = $this->harness->container()->get(IManager::class)->getShareByToken('DemoBankStmt003');
		$this->assertSame('call_not_answered', $this->ocs('recipient', 'POST', $path, ['password' => 'Demo-password-1'], $secret)['data']['error'], 'not before alice answered');
		$this->talkJoins('alice', $this->talkRings('recipient', 'DemoBankStmt003'));

		$this->assertSame(403, $this->ocs('recipient', 'POST', $path, ['password' => 'wrong'], $secret)['status']);
		$this->assertFalse($this->unlocked('recipient', $share));
		$this->assertSame('used', $this->ocs('recipient', 'POST', $path, ['password' => 'Demo-password-1'], $secret)['data']['status']);

		$this->assertTrue($this->unlocked('recipient', $share));
		$this->assertSame([], $this->violations);
	}

	/** @var list<string> */
	private array $violations = [];

	/**
	 * The recipient's page asks Talk for the share's room, joins it and its call (Talk rings alice).
	 *
	 * @return string the room's token
	 */
	/**
	 * The recipient's page makes the room and joins its call silently, as our client does.
	 */
	private function talkRings(string $browser, string $shareToken): string {
		$room = $this->ocs($browser, 'POST', '/ocs/v2.php/apps/spreed/api/v1/publicshareauth', ['shareToken' => $shareToken]);
		$this->assertSame(201, $room['status']);
		$this->talkJoins($browser, $room['data']['token'], true);
		return $room['data']['token'];
	}

	private function talkJoins(string $browser, string $token, bool $silent = false): void {
		$this->assertSame(200, $this->ocs($browser, 'POST', "/ocs/v2.php/apps/spreed/api/v4/room/$token/participants/active", ['force' => true])['status']);
		$this->assertSame(200, $this->ocs($browser, 'POST', "/ocs/v2.php/apps/spreed/api/v4/call/$token", ['flags' => 7, 'silent' => $silent])['status']);
	}

	/**
	 * @param array<string, mixed>|null $body
	 * @param array<string, string> $headers
	 * @return array{status: int, data: mixed}
	 */
	private function ocs(string $browser, string $method, string $path, ?array $body = null, array $headers = []): array {
		$headers += ['ocs-apirequest' => 'true', 'accept' => 'application/json', 'content-type' => 'application/json', 'host' => 'demo.test'];
		$c = $this->harness->container($browser, ['method' => $method, 'path' => $path, 'query' => [], 'body' => $body === null ? '' : (string)json_encode($body), 'headers' => $headers]);
		$c->setParameter('appName', Application::APP_ID);
		$routes = $c->get(RouteTable::class);
		$loader = new RouteLoader();
		$root = dirname(__DIR__, 4);
		$routes->add($loader->load(Application::APP_ID, $root . '/lib/Controller', 'OCA\\VideoVerification\\Controller'));
		$routes->add($loader->load('notifications', $root . '/tests/demo/server/src/Notifications', 'OCA\\VideoVerification\\Demo\\Notifications'));
		TalkApp::register($c, $routes, $loader);
		$c->setParameter('pullTimeoutSeconds', 0);
		ApplicationBootstrap::application()->register(new DemoRegistrationContext($c, $c->get(IEventDispatcher::class)));
		$match = $routes->match($method, $path);
		$this->assertNotNull($match, "$method $path");
		$response = $c->get(ControllerDispatcher::class)->dispatch($match[0], $match[1], $c->get(\OCA\VideoVerification\Demo\Http\DemoRequest::class));
		$decoded = $response->body === '' ? null : json_decode($response->body, true);
		if (str_starts_with($path, self::OCS)) {
			array_push($this->violations, ...$this->validator->validateResponse($method, $path, $response->status, $decoded));
		}
		return ['status' => $response->status, 'data' => $decoded['ocs']['data'] ?? null];
	}

	private function unlocked(string $browser, \OCP\Share\IShare $share): bool {
		return (new PublicShareSession($this->harness->browser($browser)))->isAuthenticated($share);
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Controller;

use OCA\VideoVerification\Tests\Contract\OpenApiValidator;
use OCA\VideoVerification\Tests\Unit\Request\RequestStack;
use OCP\AppFramework\Http\DataResponse;
use OCP\Share\IShare;
use PHPUnit\Framework\TestCase;

/**
 * What the request controller answers matches openapi.json (wrapped in the OCS v2
 * envelope as Nextcloud does), and the spec describes what the sidebar sends.
 */
class RequestOpenApiTest extends TestCase {
	use RequestStack;

	private const PATH = '/ocs/v2.php/apps/video_verification/api/v1/requests';

	private OpenApiValidator $validator;

	protected function setUp(): void {
		parent::setUp();
		$this->setUpRequestStack();
		$this->validator = new OpenApiValidator(dirname(__DIR__, 4) . '/openapi.json');
		$this->addPublicShare();
		$this->addPublicShare(['id' => '2', 'token' => 'DemoMedical0002', 'type' => IShare::TYPE_EMAIL, 'sharedWith' => 'carol@example.com', 'verification' => 'password']);
		$this->addPublicShare(['id' => '3', 'token' => 'TalkLessShare03', 'sharedBy' => 'dave']);
	}

	public function testEveryAnswerMatchesTheSpec(): void {
		$link = $this->requestController()->create('DemoContract001', 'Carol');
		$created = $link->getData();
		$id = $created['requestId'];
		$right = $this->requestController('recipient', $created['secret']);
		$wrong = $this->requestController('recipient', 'wrong');

		$cases = [
			['POST', self::PATH, $link],
			['POST', self::PATH, $this->requestController()->create('DemoMedical0002', 'Carol')],
			['POST', self::PATH, $this->requestController()->create('DemoContract001', '')],
			['POST', self::PATH, $this->requestController()->create('NoSuchShare0001', 'Carol')],
			['POST', self::PATH, $this->requestController()->create('TalkLessShare03', 'Carol')],
			['GET', self::PATH . '/' . $id, $right->show($id)],
			['GET', self::PATH . '/' . $id, $wrong->show($id)],
			['DELETE', self::PATH . '/' . $id, $wrong->cancel($id)],
			['DELETE', self::PATH . '/' . $id, $right->cancel($id)],
			['GET', self::PATH . '/' . $id, $right->show($id)],
		];
		$this->requestController('browser 1')->create('DemoContract001', 'Carol');
		$this->requestController('browser 2')->create('DemoContract001', 'Carol');
		$cases[] = ['POST', self::PATH, $latest = $this->requestController()->create('DemoContract001', 'Carol')];
		$cases[] = ['POST', self::PATH, $this->requestController('browser 3')->create('DemoContract001', 'Carol')];
		$this->now += 3600;
		$latest = $latest->getData();
		$cases[] = ['GET', self::PATH . '/' . $latest['requestId'], $this->requestController('recipient', $latest['secret'])->show($latest['requestId'])];
		$cases[] = ['DELETE', self::PATH . '/' . $latest['requestId'], $this->requestController('recipient', $latest['secret'])->cancel($latest['requestId'])];

		$statuses = [];
		foreach ($cases as [$method, $path, $response]) {
			$statuses[] = $response->getStatus();
			$this->assertSame([], $this->validator->validateResponse($method, $path, $response->getStatus(), $this->envelope($response)));
		}
		$this->assertSame([201, 201, 400, 404, 412, 200, 404, 404, 200, 200, 201, 429, 200, 200], $statuses);
		$this->assertSame('expired', $cases[12][2]->getData()['status']);
		$this->assertSame('expired', $cases[13][2]->getData()['status'], 'cancelling an expired request answers its state');
	}

	public function testEveryAnswerOfTheCallAndDecisionEndpointsMatchesTheSpec(): void {
		$approve = $this->requestController()->create('DemoContract001', 'Carol')->getData();
		$password = $this->requestController('browser P')->create('DemoMedical0002', 'Carol')->getData();
		$a = $approve['requestId'];
		$p = $password['requestId'];
		$recipientA = fn () => $this->requestController('recipient', $approve['secret']);
		$recipientP = fn () => $this->requestController('browser P', $password['secret']);
		$records = '/ocs/v2.php/apps/video_verification/api/v1/files/100/requests';

		$cases = [
			['POST', self::PATH . "/$a/progress", $recipientA()->progress($a, 'ringing'), 200],
			['POST', self::PATH . "/$a/progress", $recipientA()->progress($a, 'answered'), 200],
			['POST', self::PATH . "/$a/progress", $recipientA()->progress($a, 'dancing'), 400],
			['POST', self::PATH . "/$a/progress", $this->requestController('recipient', 'wrong')->progress($a, 'ringing'), 404],
			['POST', self::PATH . "/$a/password", $recipientA()->password($a, self::SHARE_PASSWORD), 409],
			['POST', self::PATH . "/$p/password", $recipientP()->password($p, 'early'), 409],
			['POST', self::PATH . "/$p/progress", $this->afterTalkAnswers('DemoMedical0002', 'browser P', fn () => $recipientP()->progress($p, 'answered')), 200],
			['POST', self::PATH . "/$p/password", $recipientP()->password($p, ''), 400],
			['POST', self::PATH . "/$p/password", $recipientP()->password($p, 'guess'), 403],
			['POST', self::PATH . "/$p/password", $this->requestController('another browser', $password['secret'])->password($p, 'guess'), 404],
			['POST', self::PATH . "/$a/approve", $this->decisionController('alice')->approve($a, ['note' => 5]), 400],
			['POST', self::PATH . "/$a/approve", $this->decisionController('bob')->approve($a), 404],
			['POST', self::PATH . "/$a/decline", $this->decisionController('bob')->decline($a), 404],
			['POST', self::PATH . "/$a/approve", $this->decisionController('alice')->approve($a), 409],
			['GET', $records, $this->afterTalkAnswers('DemoContract001', 'recipient', fn () => $this->decisionController('alice')->records('100')), 200],
			['POST', self::PATH . "/$a/approve", $this->decisionController('alice')->approve($a, ['faceMatchesId' => true, 'note' => 'ok']), 200],
			['POST', self::PATH . "/$a/approve", $this->decisionController('alice')->approve($a), 409],
			['POST', self::PATH . "/$a/decline", $this->decisionController('alice')->decline($a), 409],
			['POST', self::PATH . "/$a/progress", $recipientA()->progress($a, 'ringing'), 200],
			['GET', self::PATH . "/$a", $recipientA()->show($a), 200],
			['POST', self::PATH . "/$a/progress", $recipientA()->progress($a, 'ringing'), 409],
			['POST', self::PATH . "/$p/password", $recipientP()->password($p, self::SHARE_PASSWORD), 200],
			['POST', self::PATH . "/$p/decline", $this->decisionController('alice')->decline($p), 409],
			['GET', $records, $this->decisionController('alice')->records('100'), 200],
			['GET', '/ocs/v2.php/apps/video_verification/api/v1/files/0/requests', $this->decisionController('alice')->records('0'), 400],
		];

		foreach ($cases as $i => [$method, $path, $response, $status]) {
			$this->assertSame($status, $response->getStatus(), "case $i: $method $path");
			$this->assertSame([], $this->validator->validateResponse($method, $path, $response->getStatus(), $this->envelope($response)), "case $i");
		}
		$this->assertCount(2, $cases[23][2]->getData(), 'records of both requests of the file');
	}

	public function testTheSpecDescribesWhatTheCallAndTheSharerSend(): void {
		$ocs = ['OCS-APIRequest' => 'true'];
		$secret = $ocs + ['X-Request-Secret' => 's3cret'];
		$id = str_repeat('a', 32);

		$this->assertSame([], $this->validator->validateRequest('POST', self::PATH . "/$id/progress", [], ['stage' => 'ringing'], $secret));
		$this->assertSame([], $this->validator->validateRequest('POST', self::PATH . "/$id/progress", [], ['stage' => 'answered'], $secret));
		$this->assertNotSame([], $this->validator->validateRequest('POST', self::PATH . "/$id/progress", [], ['stage' => 'dancing'], $secret));
		$this->assertNotSame([], $this->validator->validateRequest('POST', self::PATH . "/$id/progress", [], ['stage' => 'ringing'], $ocs), 'the secret header is required');
		$this->assertSame([], $this->validator->validateRequest('POST', self::PATH . "/$id/password", [], ['password' => 'pw'], $secret));
		$this->assertNotSame([], $this->validator->validateRequest('POST', self::PATH . "/$id/password", [], [], $secret));
		$this->assertSame([], $this->validator->validateRequest('POST', self::PATH . "/$id/approve", [], null, $ocs), 'the notification action sends no body');
		$this->assertSame([], $this->validator->validateRequest('POST', self::PATH . "/$id/approve", [], ['checklist' => ['faceMatchesId' => true, 'idFeaturesChecked' => false, 'knownPerson' => true, 'note' => 'ok']], $ocs));
		$this->assertNotSame([], $this->validator->validateRequest('POST', self::PATH . "/$id/approve", [], ['checklist' => ['note' => str_repeat('x', 501)]], $ocs));
		$this->assertSame([], $this->validator->validateRequest('POST', self::PATH . "/$id/decline", [], null, $ocs));
		$this->assertSame([], $this->validator->validateRequest('GET', '/ocs/v2.php/apps/video_verification/api/v1/files/101/requests', [], null, $ocs));
	}

	public function testTheSpecDescribesTheRequestsTheSidebarSends(): void {
		$ocs = ['OCS-APIRequest' => 'true'];
		$id = str_repeat('a', 32);

		$this->assertSame([], $this->validator->validateRequest('POST', self::PATH, [], ['shareToken' => 'DemoContract001', 'displayName' => 'Carol'], $ocs));
		$this->assertSame([], $this->validator->validateRequest('GET', self::PATH . '/' . $id, [], null, $ocs + ['X-Request-Secret' => 's3cret']));
		$this->assertSame([], $this->validator->validateRequest('DELETE', self::PATH . '/' . $id, [], null, ['requesttoken' => 'token', 'X-Request-Secret' => 's3cret']));
		$this->assertNotSame([], $this->validator->validateRequest('POST', self::PATH, [], ['shareToken' => 'DemoContract001'], $ocs));
		$this->assertNotSame([], $this->validator->validateRequest('GET', self::PATH . '/' . $id, [], null, $ocs), 'the secret header is required');
		$this->assertNotSame([], $this->validator->validateRequest('GET', self::PATH . '/' . $id, ['secret' => 's3cret'], null, $ocs), 'the secret never goes in the URL');
	}

	private function envelope(DataResponse $response): array {
		$ok = $response->getStatus() < 300;
		return ['ocs' => [
			'meta' => ['status' => $ok ? 'ok' : 'failure', 'statuscode' => $response->getStatus(), 'message' => $ok ? 'OK' : ''],
			'data' => $response->getData(),
		]];
	}

	/**
	 * Talk has the recipient and alice in the request's call, then $call runs.
	 */
	private function afterTalkAnswers(string $shareToken, string $browser, callable $call): mixed {
		$this->talkAnswers($shareToken, $browser);
		return $call();
	}
}

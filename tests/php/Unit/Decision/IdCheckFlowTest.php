<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Decision;

use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCA\VideoVerification\Service\Decision\IdCheckPrompts;
use OCA\VideoVerification\Service\Records\RecordCsvExport;
use OCA\VideoVerification\Tests\Contract\OpenApiValidator;
use OCA\VideoVerification\Tests\Unit\Request\RequestStack;
use OCP\AppFramework\Http\DataResponse;
use PHPUnit\Framework\TestCase;

/**
 * The sharer asks for the ID document: the prompts drawn are kept with the record, the
 * recipient's poll shows the current one, the sharer's ticks are kept, and the record says
 * whether the call had video. Bad input changes nothing.
 */
class IdCheckFlowTest extends TestCase {
	use RequestStack;

	private const PATH = '/ocs/v2.php/apps/video_verification/api/v1/requests';

	private OpenApiValidator $validator;

	protected function setUp(): void {
		parent::setUp();
		$this->setUpRequestStack();
		$this->addPublicShare();
		$this->validator = new OpenApiValidator(dirname(__DIR__, 4) . '/openapi.json');
	}

	public function testAskingDrawsThreePromptsTheRecipientSeesOneByOne(): void {
		$created = $this->create();
		$id = $created['requestId'];
		$recipient = $this->requestController('recipient', $created['secret']);
		$this->assertNull($recipient->show($id)->getData()['idCheck'], 'nothing asked yet');

		$started = $this->idCheckController('alice')->start($id);

		$this->assertSpec('POST', self::PATH . "/$id/id-check", $started, 200);
		$check = $started->getData()['idCheck'];
		$keys = array_column($check['prompts'], 'key');
		$this->assertCount(3, $keys);
		$this->assertSame($keys, array_values(array_unique($keys)));
		$prompts = new IdCheckPrompts($this->requestL10n());
		$this->assertSame([], array_diff($keys, $prompts->keys()));
		$this->assertSame($prompts->text($keys[0]), $check['prompts'][0]['text']);
		$this->assertSame(0, $check['step']);
		$this->assertSame($keys, json_decode($this->requestRows()[0]['id_check_prompts'], true));

		$shown = $recipient->show($id);
		$this->assertSpec('GET', self::PATH . "/$id", $shown, 200);
		$this->assertSame(['step' => 0, 'total' => 3, 'prompt' => $prompts->text($keys[0])], $shown->getData()['idCheck']);

		$again = $this->idCheckController('alice')->start($id)->getData()['idCheck'];
		$this->assertSame($keys, array_column($again['prompts'], 'key'), 'asking again keeps the draw');

		$stepped = $this->idCheckController('alice')->step($id, 2);
		$this->assertSpec('POST', self::PATH . "/$id/id-check/step", $stepped, 200);
		$this->assertSame(2, $stepped->getData()['idCheck']['step']);
		$this->assertSame(['step' => 2, 'total' => 3, 'prompt' => $prompts->text($keys[2])], $recipient->show($id)->getData()['idCheck']);

		$approved = $this->decisionController('alice')->approve($id, ['idFeaturesChecked' => true, 'idChecksConfirmed' => [$keys[0], $keys[2]]]);
		$this->assertSpec('POST', self::PATH . "/$id/approve", $approved, 200);
		$record = $approved->getData();
		$this->assertSame([$keys[0], $keys[2]], $record['checklist']['idChecksConfirmed']);
		$this->assertSame($keys, array_column($record['idCheck']['prompts'], 'key'));
		$this->assertSame('video', $record['callMedia']);
		$this->assertNull($recipient->show($id)->getData()['idCheck'], 'no prompt once the request is decided');
		$this->assertSpec('GET', '/ocs/v2.php/apps/video_verification/api/v1/files/100/requests', $this->decisionController('alice')->records('100'), 200);
	}

	public function testBadStepsAndStrangersChangeNothing(): void {
		$id = $this->create()['requestId'];
		$this->assertSame(400, $this->idCheckController('alice')->step($id, 0)->getStatus(), 'no ID check asked yet');
		$this->idCheckController('alice')->start($id);
		$before = $this->requestRows();

		foreach ([3, -1, '1', 1.0, null, true] as $step) {
			$response = $this->idCheckController('alice')->step($id, $step);
			$this->assertSpec('POST', self::PATH . "/$id/id-check/step", $response, 400);
			$this->assertSame('invalid_body', $response->getData()['error']);
		}
		foreach (['bob', null] as $stranger) {
			$response = $this->idCheckController($stranger)->start($id);
			$this->assertSpec('POST', self::PATH . "/$id/id-check", $response, 404);
			$this->assertTrue($response->isThrottled());
			$this->assertSame(404, $this->idCheckController($stranger)->step($id, 1)->getStatus());
		}
		$this->assertSame($before, $this->requestRows());
	}

	public function testOnlyAskedPromptsCanBeConfirmed(): void {
		$id = $this->create()['requestId'];
		$asked = array_column($this->idCheckController('alice')->start($id)->getData()['idCheck']['prompts'], 'key');
		$other = array_values(array_diff((new IdCheckPrompts($this->requestL10n()))->keys(), $asked))[0];
		$before = $this->requestRows();

		foreach ([[$other], [$asked[0], $other], 'tilt', [1], [$asked[0], $asked[1], $asked[2], $other]] as $confirmed) {
			$response = $this->decisionController('alice')->approve($id, ['idChecksConfirmed' => $confirmed]);
			$this->assertSame(400, $response->getStatus(), json_encode($confirmed));
			$this->assertSame('invalid_body', $response->getData()['error']);
		}
		$this->assertSame($before, $this->requestRows());

		$plain = $this->create()['requestId'];
		$this->assertSame(400, $this->decisionController('alice')->approve($plain, ['idChecksConfirmed' => [$asked[0]]])->getStatus(), 'no ID check was asked on this one');
	}

	public function testADecidedRequestTakesNoIdCheck(): void {
		$id = $this->create()['requestId'];
		$this->decisionController('alice')->decline($id);
		$response = $this->idCheckController('alice')->start($id);
		$this->assertSpec('POST', self::PATH . "/$id/id-check", $response, 409);
		$this->assertNull($this->requestRows()[0]['id_check_prompts']);
	}

	public function testAudioOnlyNeedsTheAdministratorsSetting(): void {
		$refused = $this->requestController()->create('DemoContract001', 'Carol', 'audio');
		$this->assertSpec('POST', self::PATH, $refused, 403);
		$this->assertSame('video_required', $refused->getData()['error']);
		$this->assertSame([], $this->requestRows(), 'nothing stored');
		$this->assertSame(400, $this->requestController()->create('DemoContract001', 'Carol', 'smoke')->getStatus());
		$this->assertSame(400, $this->requestController()->create('DemoContract001', 'Carol', ['audio'])->getStatus());
		$this->assertSame([], $this->requestRows());

		$this->callsWithoutVideo = true;
		$created = $this->requestController()->create('DemoContract001', 'Carol', 'audio');
		$this->assertSpec('POST', self::PATH, $created, 201);
		$video = $this->requestController()->create('DemoContract001', 'Dave')->getData();
		$records = $this->decisionController('alice')->records('100')->getData();
		$this->assertSame(['video', 'audio'], array_column($records, 'callMedia'), 'newest first');
		$this->assertSame('audio', $this->requestRows()[0]['call_media']);
		$this->assertSame($video['requestId'], $records[0]['requestId']);
	}

	public function testTheCsvSaysHowThePersonWasVerifiedAndWhichChecks(): void {
		$this->callsWithoutVideo = true;
		$this->requestController()->create('DemoContract001', 'Audio Ann', 'audio');
		$id = $this->create()['requestId'];
		$asked = array_column($this->idCheckController('alice')->start($id)->getData()['idCheck']['prompts'], 'key');
		$this->decisionController('alice')->approve($id, ['idChecksConfirmed' => [$asked[1]]]);

		$csv = implode('', iterator_to_array((new RecordCsvExport(new VerificationRequestMapper($this->db)))->chunks($this->now), false));
		$lines = array_map('str_getcsv', explode("\r\n", trim(substr($csv, 3))));
		$header = $lines[0];
		$rows = array_map(static fn (array $line): array => array_combine($header, $line), array_slice($lines, 1));
		$this->assertSame(['verified_by', 'id_checks_asked', 'id_checks_confirmed', 'chain_seq', 'record_hash'], array_slice($header, -5));
		$this->assertSame(['audio only', '', ''], [$rows[0]['verified_by'], $rows[0]['id_checks_asked'], $rows[0]['id_checks_confirmed']]);
		$this->assertSame(['video', implode(' ', $asked), $asked[1]], [$rows[1]['verified_by'], $rows[1]['id_checks_asked'], $rows[1]['id_checks_confirmed']]);
	}

	/**
	 * @return array<string, mixed>
	 */
	private function create(): array {
		$created = $this->requestController()->create('DemoContract001', 'Carol')->getData();
		// the sharer checks the ID during the call: Talk had both in it
		$this->talkAnswers('DemoContract001');
		return $created;
	}

	private function assertSpec(string $method, string $path, DataResponse $response, int $status): void {
		$this->assertSame($status, $response->getStatus(), "$method $path");
		$envelope = ['ocs' => ['meta' => ['status' => 'ok', 'statuscode' => $status, 'message' => 'OK'], 'data' => $response->getData()]];
		$this->assertSame([], $this->validator->validateResponse($method, $path, $status, json_decode(json_encode($envelope), true)), "$method $path");
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Records;

use OCA\VideoVerification\Controller\CertificateController;
use OCA\VideoVerification\Service\Decision\IdCheckPrompts;
use OCA\VideoVerification\Service\Records\CertificateDownload;
use OCA\VideoVerification\Service\Records\CertificateLines;
use OCA\VideoVerification\Service\Records\CertificatePdf;
use OCA\VideoVerification\Service\Request\RequestEditorAccess;
use OCA\VideoVerification\Service\ShareSettings\ShareResolver;
use OCA\VideoVerification\Tests\Unit\Request\RequestStack;
use OCP\AppFramework\Http\DataDownloadResponse;
use OCP\AppFramework\Http\Response;
use OCP\AppFramework\Http\TextPlainResponse;
use OCP\IDateTimeZone;
use OCP\IGroupManager;
use OCP\IRequest;
use OCP\IURLGenerator;
use OCP\IUserManager;
use OCP\IUserSession;
use PHPUnit\Framework\TestCase;

/**
 * The certificate of verification: its text is the record's (read back from the PDF with
 * pdftotext, Debian's poppler-utils, which the Makefile installs), and only the share's
 * owner or initiator and administrators get it, once the record is sealed.
 */
class CertificateTest extends TestCase {
	use RequestStack;

	private const NAME = 'Łukasz Dvořák-Zoë';

	protected function setUp(): void {
		parent::setUp();
		$this->setUpRequestStack();
		$this->addPublicShare();
	}

	public function testTheCertificateSaysWhatTheSealedRecordHolds(): void {
		$requestId = $this->usedRecord();
		$row = $this->requestRows()[0];

		$response = $this->certificateController('alice')->download($requestId);

		// Response::getHeaders() asks the server for the request and the user session.
		$request = $this->createMock(IRequest::class);
		$userSession = $this->createMock(IUserSession::class);
		\OC::$server->register(IRequest::class, static fn () => $request);
		\OC::$server->register(IUserSession::class, static fn () => $userSession);
		$this->assertInstanceOf(DataDownloadResponse::class, $response);
		$this->assertSame(200, $response->getStatus());
		$headers = $response->getHeaders();
		$this->assertSame('application/pdf', $headers['Content-Type']);
		$this->assertSame('attachment; filename=verification-' . $requestId . '.pdf', $headers['Content-Disposition']);
		$this->assertSame('no-store', $headers['Cache-Control']);
		$pdf = $response->render();
		$this->assertStringStartsWith('%PDF-', $pdf);
		$expected = [
			'Certificate of verification',
			'File: Contract.pdf',
			'Requested by: ' . self::NAME,
			'Request id: ' . $requestId,
			// self::NOW is 2027-01-15 08:00:00 UTC
			'Requested at: 2027-01-15 09:00:00 Europe/Berlin (2027-01-15 08:00:00 UTC)',
			'Call answered at: 2027-01-15 09:00:00 Europe/Berlin (2027-01-15 08:00:00 UTC)',
			'Outcome: approved by Alice Adams (alice)',
			'Decided at: 2027-01-15 09:00:42 Europe/Berlin (2027-01-15 08:00:42 UTC)',
			'Access released by: approval in the call',
			'First opened at: 2027-01-15 09:00:45 Europe/Berlin (2027-01-15 08:00:45 UTC)',
			'Call: video and audio',
			'Face matches the photo ID: yes',
			'ID security features checked: no',
			'Known person: yes',
			'Note: Passport checked, Żółć',
			'Record hash (SHA-256, place 1 in the record chain):',
			$row['record_hash'],
			'Instance: https://cloud.example.com/',
			'To have this certificate checked, ask an administrator of https://cloud.example.com/ to run "occ video_verification:records:verify" or to press "Check records" on the Video verification admin page, and to compare the hash above with this record\'s hash in the records export.',
			'Video verification — certificate of verification — page 1',
		];
		$this->assertMatchesRegularExpression('/^[0-9a-f]{64}$/', $row['record_hash']);
		$this->assertSame($this->words(implode("\n", $expected)), $this->words($this->pdfText($pdf)));
	}

	public function testADeclinedRecordNamesWhoDeclined(): void {
		$created = $this->requestController()->create('DemoContract001', 'Zoë')->getData();
		$this->talkAnswers('DemoContract001');
		$this->decisionController('alice')->decline($created['requestId']);

		$text = $this->words($this->pdfText($this->certificateController('admin')->download($created['requestId'])->render()));

		$this->assertStringContainsString('Requested by: Zoë', $text);
		$this->assertStringContainsString('Outcome: declined by Alice Adams (alice)', $text);
		$this->assertStringNotContainsString('Access released by', $text);
	}

	public function testCharactersTheFontLacksOrWrittenRightToLeftFollowAsCodePoints(): void {
		foreach (['王小明' => 'U+738B U+5C0F U+660E', 'דנה כהן' => 'U+05D3 U+05E0 U+05D4 U+05DB U+05D4 U+05DF', 'Zoë Ὀδυσσεύς' => null] as $name => $codePoints) {
			$created = $this->requestController()->create('DemoContract001', $name)->getData();
			$this->talkAnswers('DemoContract001');
			$this->decisionController('alice')->decline($created['requestId']);

			$text = $this->words($this->pdfText($this->certificateController('alice')->download($created['requestId'])->render()));

			$unshown = 'Characters this document cannot show as written, as Unicode code points:';
			if ($codePoints === null) {
				$this->assertStringContainsString('Requested by: ' . $name, $text);
				$this->assertStringNotContainsString($unshown, $text, $name);
			} else {
				$this->assertStringContainsString($unshown . ' ' . $codePoints . ' Request id:', $text, $name);
			}
		}
	}

	public function testTheOwnerTheInitiatorAndAdministratorsGetItAndNobodyElse(): void {
		$this->addPublicShare(['id' => '5', 'token' => 'BobsReshare0005', 'owner' => 'alice', 'sharedBy' => 'bob']);
		$this->talkUsers = ['bob'];
		$created = $this->requestController()->create('BobsReshare0005', 'Carol')->getData();
		$this->talkAnswers('BobsReshare0005', 'recipient', 'bob');
		$this->decisionController('bob')->decline($created['requestId']);

		foreach (['alice' => 'the owner of the file', 'bob' => 'the initiator', 'admin' => 'an administrator'] as $user => $who) {
			$response = $this->certificateController($user)->download($created['requestId']);
			$this->assertSame(200, $response->getStatus(), $who);
			$this->assertStringStartsWith('%PDF-', $response->render(), $who);
		}
		$this->assertNotFound($this->certificateController('carol')->download($created['requestId']));
		$this->assertNotFound($this->certificateController(null)->download($created['requestId']));
	}

	public function testAnUnknownIdIsTheSameNotFound(): void {
		$this->assertNotFound($this->certificateController('alice')->download(str_repeat('x', 32)));
		$this->assertNotFound($this->certificateController('admin')->download(str_repeat('x', 32)));
	}

	public function testAMalformedIdIsACleanErrorAndChangesNothing(): void {
		$this->usedRecord();
		$rows = $this->requestRows();

		foreach (['short', str_repeat('a', 33), str_repeat('a', 31) . '/', '../' . str_repeat('a', 29), ''] as $requestId) {
			$response = $this->certificateController('alice')->download($requestId);
			$this->assertInstanceOf(TextPlainResponse::class, $response);
			$this->assertSame(400, $response->getStatus(), $requestId);
			$this->assertSame('The request id must be 32 letters and digits.', $response->render());
		}
		$this->assertSame($rows, $this->requestRows());
	}

	public function testAnOpenRecordHasNoCertificateYetAndStaysOpen(): void {
		$created = $this->requestController()->create('DemoContract001', 'Carol')->getData();
		$this->talkAnswers('DemoContract001');
		$this->now += 20;
		$this->requestController('recipient', $created['secret'])->show($created['requestId']);
		$approved = $this->requestController('other')->create('DemoContract001', 'Dana')->getData();
		$this->talkAnswers('DemoContract001', 'other');
		$this->decisionController('alice')->approve($approved['requestId']);
		$rows = $this->requestRows();

		foreach ([$created['requestId'] => 'still ringing', $approved['requestId'] => 'approved, not yet used'] as $requestId => $state) {
			$response = $this->certificateController('alice')->download($requestId);
			$this->assertSame(409, $response->getStatus(), $state);
			$this->assertFalse($response->isThrottled(), $state);
			$this->assertStringContainsString('has not ended yet', $response->render());
		}
		$this->assertSame($rows, $this->requestRows());
	}

	public function testARequestPastItsEndIsSealedAndCertified(): void {
		$created = $this->requestController()->create('DemoContract001', 'Carol')->getData();
		$this->now += 3600;

		$response = $this->certificateController('alice')->download($created['requestId']);

		$this->assertSame(200, $response->getStatus());
		$row = $this->requestRows()[0];
		$this->assertNotNull($row['record_hash']);
		$this->assertStringContainsString($row['record_hash'], $this->words($this->pdfText($response->render())));
	}

	public function testTheLibraryShipsOnlyUnderOurNamespace(): void {
		$this->certificateController('admin')->download($this->usedRecord())->render();

		$this->assertTrue(class_exists('OCA\\VideoVerification\\Vendor\\TFpdf\\tFPDF', false));
		$this->assertTrue(class_exists('OCA\\VideoVerification\\Vendor\\TFpdf\\TTFontFile', false));
		$this->assertFalse(class_exists('tFPDF', false));
		$this->assertFalse(class_exists('TTFontFile', false));
		$this->assertFalse(defined('GF_MORE'));
		$this->assertFalse(defined('_TTF_MAC_HEADER'));
		$this->assertSame([], glob(dirname(__DIR__, 4) . '/lib/Vendor/TFpdf/font/unifont/*.{php,dat}', GLOB_BRACE), 'no font caches written into the app folder');
	}

	/**
	 * Approved with a checklist and opened by the recipient: a sealed record.
	 */
	private function usedRecord(): string {
		$created = $this->requestController()->create('DemoContract001', self::NAME)->getData();
		$this->talkAnswers('DemoContract001');
		foreach ([20, 20, 2] as $step) {
			$this->now += $step;
			$this->requestController('recipient', $created['secret'])->show($created['requestId']);
		}
		$approve = $this->decisionController('alice')->approve($created['requestId'], ['faceMatchesId' => true, 'knownPerson' => true, 'note' => 'Passport checked, Żółć']);
		$this->assertSame(200, $approve->getStatus());
		$this->now += 3;
		$this->assertSame('used', $this->requestController('recipient', $created['secret'])->show($created['requestId'])->getData()['status']);
		return $created['requestId'];
	}

	private function certificateController(?string $user): CertificateController {
		$l10n = $this->requestL10n();
		$groups = $this->createMock(IGroupManager::class);
		$groups->method('isAdmin')->willReturnCallback(static fn (string $uid): bool => $uid === 'admin');
		$users = $this->createMock(IUserManager::class);
		$users->method('getDisplayName')->willReturnCallback(static fn (string $uid): ?string => ['alice' => 'Alice Adams', 'bob' => 'Bob Baker'][$uid] ?? null);
		$zone = $this->createMock(IDateTimeZone::class);
		$zone->method('getDefaultTimeZone')->willReturn(new \DateTimeZone('Europe/Berlin'));
		$urls = $this->createMock(IURLGenerator::class);
		$urls->method('getAbsoluteURL')->willReturnCallback(static fn (string $path): string => 'https://cloud.example.com' . $path);
		$download = new CertificateDownload(
			$this->mapper(),
			new RequestEditorAccess($this->mapper(), new ShareResolver($this->publicShareManager(), $l10n), $l10n),
			$groups,
			$this->transitions(),
			$this->time(),
			new CertificateLines($l10n, $zone, $urls, $users, new IdCheckPrompts($l10n)),
			new CertificatePdf($l10n),
			$l10n,
		);
		$session = $this->createMock(IUserSession::class);
		$session->method('getUser')->willReturn($user === null ? null : $this->requestUser($user));
		return new CertificateController($this->createMock(IRequest::class), $download, $session);
	}

	private function assertNotFound(Response $response): void {
		$this->assertSame(404, $response->getStatus());
		$this->assertInstanceOf(TextPlainResponse::class, $response);
		$this->assertSame('Request not found', $response->render());
		$this->assertTrue($response->isThrottled());
		$this->assertSame(['action' => 'video_verification_decision'], $response->getThrottleMetadata());
	}

	private function pdfText(string $pdf): string {
		$file = tempnam(sys_get_temp_dir(), 'vv-certificate-');
		file_put_contents($file, $pdf);
		try {
			exec('pdftotext -enc UTF-8 ' . escapeshellarg($file) . ' - 2>&1', $output, $status);
		} finally {
			unlink($file);
		}
		$this->assertSame(0, $status, 'pdftotext (poppler-utils, installed by make deps): ' . implode("\n", $output));
		return implode("\n", $output);
	}

	/** The text with its line breaks and runs of spaces as single spaces (pdftotext wraps as the page does). */
	private function words(string $text): string {
		return trim((string)preg_replace('/\s+/u', ' ', $text));
	}
}

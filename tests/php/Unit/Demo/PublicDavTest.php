<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Demo;

use OCA\VideoVerification\Demo\AppFramework\BruteForceThrottler;
use OCA\VideoVerification\Demo\Dav\PublicAuth;
use OCA\VideoVerification\Demo\Dav\PublicDavServer;
use OCA\VideoVerification\Demo\Http\DemoRequest;
use OCA\VideoVerification\Demo\Pages\PublicShareSession;
use OCA\VideoVerification\Db\GrantMapper;
use OCA\VideoVerification\Db\VerificationMode;
use OCA\VideoVerification\Db\VerificationRequest;
use OCA\VideoVerification\Db\VerificationRequestStatus;
use OCA\VideoVerification\Service\Policy\AdminPolicy;
use OCA\VideoVerification\Service\ShareSession\ShareSessionAccess;
use OCA\VideoVerification\Tests\Unit\Demo\Talk\TalkHarness;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IAppConfig;
use OCP\Share\IManager;
use OCP\Share\IShare;
use PHPUnit\Framework\TestCase;

/**
 * The demo's public WebDAV (/public.php/dav/files/{token}) authenticates as dav's
 * Sabre\PublicAuth does: the session's 'public_link_authenticated' LIST, or Basic auth with
 * the share password; every failure counts against the IP under 'public_dav_auth'.
 */
class PublicDavTest extends TestCase {
	private const BANK = 'DemoBankStmt003';
	private const MEDICAL = 'DemoMedical0002';
	private const PASSWORD = 'Demo-password-1';
	private const PROPFIND = '<?xml version="1.0"?><d:propfind xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns" xmlns:nc="http://nextcloud.org/ns">'
		. '<d:prop><d:displayname/><d:getcontentlength/><d:getcontenttype/><d:resourcetype/><oc:fileid/><oc:permissions/><oc:favorite/><nc:hide-download/></d:prop></d:propfind>';

	private TalkHarness $harness;

	protected function setUp(): void {
		parent::setUp();
		$this->harness = new TalkHarness();
	}

	protected function tearDown(): void {
		$this->harness->cleanUp();
		parent::tearDown();
	}

	public function testABrowserThatWasNeverVerifiedGets401AndTwoAttemptsAreCounted(): void {
		$response = $this->dav('link only', 'PROPFIND', self::BANK, self::PROPFIND, ['depth' => '0']);

		$this->assertSame(401, $response->status);
		$this->assertStringContainsString('<s:exception>Sabre\DAV\Exception\NotAuthenticated</s:exception>', $response->body);
		$this->assertArrayNotHasKey('WWW-Authenticate', $response->headers, 'no Basic prompt for a session check');
		$this->assertSame(2, $this->attempts());
		$this->assertSame(401, $this->dav('link only', 'GET', self::BANK)->status);
	}

	public function testTheSessionOurUnlockOpenedListsAndDownloadsTheShare(): void {
		$this->unlockByApproval('recipient', self::BANK);

		$response = $this->dav('recipient', 'PROPFIND', self::BANK, self::PROPFIND, ['depth' => '1']);

		$this->assertSame(207, $response->status);
		$this->assertSame('application/xml; charset=utf-8', $response->headers['Content-Type']);
		$xml = new \SimpleXMLElement($response->body);
		$xml->registerXPathNamespace('d', 'DAV:');
		$xml->registerXPathNamespace('oc', 'http://owncloud.org/ns');
		$this->assertSame(['/public.php/dav/files/' . self::BANK], array_map('strval', $xml->xpath('//d:response/d:href')));
		$this->assertSame('Bank statement.pdf', (string)$xml->xpath('//d:propstat[d:status="HTTP/1.1 200 OK"]//d:displayname')[0]);
		$this->assertSame('application/pdf', (string)$xml->xpath('//d:getcontenttype')[0]);
		$this->assertSame('RG', (string)$xml->xpath('//oc:permissions')[0]);
		$this->assertCount(1, $xml->xpath('//d:propstat[d:status="HTTP/1.1 404 Not Found"]//oc:favorite'), 'a visitor has no favorites: 404 as in Sabre');

		$download = $this->dav('recipient', 'GET', self::BANK);
		$this->assertSame(200, $download->status);
		$this->assertStringStartsWith('%PDF', $download->body);
		$this->assertSame((string)strlen($download->body), $download->headers['Content-Length']);
		$this->assertStringStartsWith('attachment; ', $download->headers['Content-Disposition']);
		$this->assertSame(0, $this->attempts());
	}

	public function testAnotherShareUnlockedInTheSameSessionStaysReadableBeforeAndAfterOurGrantExpires(): void {
		$medical = $this->share(self::MEDICAL);
		$medical->setPassword('Medical-password-2');
		$medical = $this->harness->container()->get(IManager::class)->updateShare($medical);
		$this->assertNotNull($this->share(self::MEDICAL)->getPassword());
		$this->assertSame(401, $this->dav('stranger', 'PROPFIND', self::MEDICAL, '', ['depth' => '0'])->status, 'protected now');
		(new PublicShareSession($this->harness->browser('recipient')))->authenticate($medical);
		$this->unlockByApproval('recipient', self::BANK);

		$this->assertSame(207, $this->dav('recipient', 'PROPFIND', self::MEDICAL, '', ['depth' => '0'])->status);
		$this->assertSame(207, $this->dav('recipient', 'PROPFIND', self::BANK, '', ['depth' => '0'])->status);

		$this->expireOurGrant('recipient', self::BANK);

		$this->assertSame(401, $this->dav('recipient', 'PROPFIND', self::BANK, '', ['depth' => '0'])->status);
		$this->assertSame(207, $this->dav('recipient', 'PROPFIND', self::MEDICAL, '', ['depth' => '0'])->status, 'the other share stays open');
	}

	public function testASingleShareIdInTheSessionIsRefusedAsUpstreamRefusesIt(): void {
		$this->harness->browser('old')->set('public_link_authenticated', $this->share(self::BANK)->getId());

		$this->assertSame(401, $this->dav('old', 'PROPFIND', self::BANK, '', ['depth' => '0'])->status);
	}

	public function testBasicAuthWithTheSharePasswordOpensTheShareForTheSession(): void {
		$basic = ['authorization' => 'Basic ' . base64_encode('anyone:' . self::PASSWORD)];

		$this->assertSame(207, $this->dav('client', 'PROPFIND', self::BANK, self::PROPFIND, ['depth' => '0'] + $basic)->status);
		$this->assertSame([$this->share(self::BANK)->getId()], $this->harness->browser('client')->get('public_link_authenticated'));
		$this->assertSame(200, $this->dav('client', 'GET', self::BANK)->status, 'then without the header');
		$this->assertSame(0, $this->attempts());
	}

	public function testAWrongBasicPasswordIsAChallengeAndOneAttempt(): void {
		$response = $this->dav('client', 'PROPFIND', self::BANK, '', ['depth' => '0', 'authorization' => 'Basic ' . base64_encode('x:guess')]);

		$this->assertSame(401, $response->status);
		$this->assertSame('Basic realm="Nextcloud", charset="UTF-8"', $response->headers['WWW-Authenticate']);
		$this->assertStringContainsString('<s:message>Username or password was incorrect</s:message>', $response->body);
		$this->assertSame(1, $this->attempts());
		$this->assertNull($this->harness->browser('client')->get('public_link_authenticated'));
	}

	public function testAWrongBasicPasswordOverXhrPromptsNothing(): void {
		$response = $this->dav('client', 'PROPFIND', self::BANK, '', ['depth' => '0', 'x-requested-with' => 'XMLHttpRequest', 'authorization' => 'Basic ' . base64_encode('x:guess')]);

		$this->assertSame(401, $response->status);
		$this->assertSame('DummyBasic realm="Nextcloud"', $response->headers['WWW-Authenticate']);
		$this->assertSame(1, $this->attempts());
	}

	public function testPastTheThrottlersMaximumEvenTheRightPasswordFails(): void {
		for ($i = 0; $i < 6; $i++) {
			$this->assertSame(401, $this->dav('attacker', 'PROPFIND', self::BANK, '', ['depth' => '0'])->status);
		}
		$this->assertSame(12, $this->attempts());

		$response = $this->dav('attacker', 'PROPFIND', self::BANK, '', ['depth' => '0', 'authorization' => 'Basic ' . base64_encode('x:' . self::PASSWORD)]);

		$this->assertSame(500, $response->status, 'MaxDelayReached is no Sabre exception: Nextcloud\'s Sabre server answers 500');
		$this->assertStringContainsString('<s:exception>OCP\Security\Bruteforce\MaxDelayReached</s:exception>', $response->body);
		$this->assertSame(13, $this->attempts());
		$this->assertNull($this->harness->browser('attacker')->get('public_link_authenticated'));
	}

	public function testAnUnknownTokenIsCountedAndSurfacesAsUpstreamDoes(): void {
		$response = $this->dav('client', 'PROPFIND', 'NoSuchToken0000', '', ['depth' => '0']);

		$this->assertSame(503, $response->status);
		$this->assertStringContainsString('<s:message>Sabre\DAV\Exception\NotFound: </s:message>', $response->body);
		$this->assertSame(1, $this->attempts());
	}

	public function testBadRequestsGetClearErrorsAndChangeNothing(): void {
		$this->unlockByApproval('recipient', self::BANK);

		$this->assertSame(400, $this->dav('recipient', 'PROPFIND', self::BANK, '<d:propfind xmlns:d="DAV:"><d:prop>', ['depth' => '0'])->status);
		$this->assertSame(400, $this->dav('recipient', 'PROPFIND', self::BANK, '<d:lockinfo xmlns:d="DAV:"/>', ['depth' => '0'])->status);
		$this->assertSame(404, $this->dav('recipient', 'PROPFIND', self::BANK . '/inside', '', ['depth' => '0'])->status);
		$put = $this->dav('recipient', 'PUT', self::BANK, 'new content');
		$this->assertSame(501, $put->status);
		$this->assertStringStartsWith('%PDF', $this->dav('recipient', 'GET', self::BANK)->body);
		$this->assertSame(0, $this->attempts());
	}

	/**
	 * @param array<string, string> $headers lower-case names
	 */
	private function dav(string $browser, string $method, string $token, string $body = '', array $headers = []): \OCA\VideoVerification\Demo\Http\HttpResponse {
		$c = $this->harness->container($browser, ['method' => $method, 'path' => PublicDavServer::PREFIX . $token, 'body' => $body, 'headers' => $headers + ['host' => 'demo.test']]);
		return $c->get(PublicDavServer::class)->handle($c->get(DemoRequest::class), $body);
	}

	private function attempts(): int {
		return $this->harness->container()->get(BruteForceThrottler::class)->attempts(PublicAuth::BRUTEFORCE_ACTION, '127.0.0.1');
	}

	private function share(string $token): IShare {
		return $this->harness->container()->get(IManager::class)->getShareByToken($token);
	}

	/** What the recipient's poll does after the sharer's approval (RequestAccess → ShareSessionAccess::unlock). */
	private function unlockByApproval(string $browser, string $token): void {
		$session = $this->harness->browser($browser);
		$share = $this->share($token);
		$request = new VerificationRequest(
			bin2hex(random_bytes(16)), str_repeat('1', 64), str_repeat('2', 64), '012345', VerificationRequestStatus::Used,
			VerificationMode::Approve, time(), time() + 900, (int)$share->getId(), $token, 'file', 'Carol', null,
		);
		$this->shareSession($session, time())->unlock($share, $request);
	}

	private function expireOurGrant(string $browser, string $token): void {
		$session = $this->harness->browser($browser);
		$this->assertTrue($this->shareSession($session, time() + 3600)->revokeIfExpired($this->share($token)));
	}

	private function shareSession(\OCP\ISession $session, int $now): ShareSessionAccess {
		$time = $this->createMock(ITimeFactory::class);
		$time->method('getTime')->willReturn($now);
		$appConfig = $this->createMock(IAppConfig::class);
		$appConfig->method('getValueInt')->willReturnCallback(
			static fn (string $app, string $key, int $default = 0): int => $key === AdminPolicy::KEY_GRANT_TTL ? 30 : $default,
		);
		return new ShareSessionAccess($session, $time, new AdminPolicy($appConfig), $this->harness->container()->get(GrantMapper::class));
	}
}

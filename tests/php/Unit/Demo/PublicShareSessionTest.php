<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Demo;

use OCA\VideoVerification\Demo\Ocp\Share\DemoShare;
use OCA\VideoVerification\Demo\Pages\PublicShareSession;
use OCA\VideoVerification\Demo\Storage\DemoDatabase;
use OCA\VideoVerification\Demo\Storage\FileStore;
use OCP\ISession;
use PHPUnit\Framework\TestCase;

class PublicShareSessionTest extends TestCase {
	public function testAuthenticateRegeneratesTheSessionAndStoresTokenToHash(): void {
		$session = new ArraySession();
		$share = $this->share('tokenA', '3|hash-a', '7');

		(new PublicShareSession($session))->authenticate($share);

		$this->assertSame(1, $session->regenerated);
		$this->assertSame(['tokenA' => '3|hash-a'], json_decode((string)$session->get('public_link_authenticated_frontend'), true));
		$this->assertSame(['7'], $session->get('public_link_authenticated'));
	}

	public function testPublicWebDavSeesEveryShareOpenedInTheSession(): void {
		$session = new ArraySession();
		$shareSession = new PublicShareSession($session);
		$shareSession->authenticate($this->share('tokenA', '3|hash-a', '7'));
		$shareSession->authenticate($this->share('tokenB', '3|hash-b', '8'));

		$this->assertSame(['7', '8'], $session->get('public_link_authenticated'));
		$this->assertTrue($shareSession->isShareInSession($this->share('tokenA', '3|hash-a', '7')));
		$this->assertTrue($shareSession->isShareInSession($this->share('tokenB', '3|hash-b', '8')));
		$this->assertFalse($shareSession->isShareInSession($this->share('tokenC', '3|hash-c', '9')));
	}

	public function testASingleIdIsNotASessionPublicWebDavAccepts(): void {
		$session = new ArraySession();
		$session->set('public_link_authenticated', '7');

		$this->assertFalse((new PublicShareSession($session))->isShareInSession($this->share('tokenA', '3|hash-a', '7')));
	}

	public function testTokensOfEarlierSharesAreKept(): void {
		$session = new ArraySession();
		$shareSession = new PublicShareSession($session);
		$shareSession->authenticate($this->share('tokenA', '3|hash-a', '7'));
		$shareSession->authenticate($this->share('tokenB', '3|hash-b', '8'));

		$this->assertTrue($shareSession->isAuthenticated($this->share('tokenA', '3|hash-a', '7')));
		$this->assertTrue($shareSession->isAuthenticated($this->share('tokenB', '3|hash-b', '8')));
	}

	public function testAChangedPasswordInvalidatesTheSession(): void {
		$shareSession = new PublicShareSession(new ArraySession());
		$shareSession->authenticate($this->share('tokenA', '3|hash-a', '7'));

		$this->assertFalse($shareSession->isAuthenticated($this->share('tokenA', '3|hash-new', '7')));
	}

	public function testShareWithoutPasswordNeedsNoAuthentication(): void {
		$this->assertTrue((new PublicShareSession(new ArraySession()))->isAuthenticated($this->share('tokenC', null, '9')));
	}

	private function share(string $token, ?string $hash, string $id): DemoShare {
		$share = new DemoShare(new FileStore(new DemoDatabase(':memory:')));
		$share->setId($id);
		$share->setToken($token);
		$share->setPassword($hash);
		return $share;
	}
}

final class ArraySession implements ISession {
	/** @var array<string, mixed> */
	private array $values = [];
	public int $regenerated = 0;

	public function set(string $key, $value) {
		$this->values[$key] = $value;
	}

	public function get(string $key) {
		return $this->values[$key] ?? null;
	}

	public function exists(string $key): bool {
		return array_key_exists($key, $this->values);
	}

	public function remove(string $key) {
		unset($this->values[$key]);
	}

	public function clear() {
		$this->values = [];
	}

	public function reopen(): bool {
		return false;
	}

	public function close() {
	}

	public function regenerateId(bool $deleteOldSession = true, bool $updateToken = false) {
		$this->regenerated++;
	}

	public function getId(): string {
		return 'array-session';
	}
}

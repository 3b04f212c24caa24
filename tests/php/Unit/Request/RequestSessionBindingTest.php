<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Request;

use OCA\VideoVerification\Service\Request\RequestSessionBinding;
use OCP\Security\ISecureRandom;
use PHPUnit\Framework\TestCase;

class RequestSessionBindingTest extends TestCase {
	use RequestStack;

	protected function setUp(): void {
		parent::setUp();
		$this->setUpRequestStack();
		$this->addPublicShare();
	}

	public function testTheSessionKeepsARandomNoncePerRequest(): void {
		$created = $this->requestController()->create('DemoContract001', 'Carol')->getData();

		$nonces = $this->session()->get(RequestSessionBinding::SESSION_KEY);
		$this->assertSame([$created['requestId']], array_keys($nonces));
		$this->assertMatchesRegularExpression('/^[A-Za-z0-9]{32}$/', $nonces[$created['requestId']]);
		$this->assertContains(
			['length' => 32, 'characters' => ISecureRandom::CHAR_ALPHANUMERIC, 'value' => $nonces[$created['requestId']]],
			$this->random->calls,
		);
	}

	public function testASessionKeepsOnlyItsLatestTenRequests(): void {
		$this->addPublicShare(['id' => '2', 'token' => 'SecondShare0002']);
		$this->addPublicShare(['id' => '3', 'token' => 'ThirdShare00003']);
		$this->addPublicShare(['id' => '4', 'token' => 'FourthShare0004']);
		$created = [];
		foreach (['DemoContract001', 'SecondShare0002', 'ThirdShare00003', 'FourthShare0004'] as $token) {
			for ($i = 0; $i < 3; $i++) {
				$created[] = $this->requestController()->create($token, 'Carol')->getData();
			}
		}

		$nonces = $this->session()->get(RequestSessionBinding::SESSION_KEY);
		$this->assertSame(array_column(array_slice($created, 2), 'requestId'), array_keys($nonces));
		$this->assertSame(404, $this->requestController('recipient', $created[0]['secret'])->show($created[0]['requestId'])->getStatus());
		$this->assertSame(200, $this->requestController('recipient', $created[2]['secret'])->show($created[2]['requestId'])->getStatus());
	}

	public function testAForeignValueUnderTheSessionKeyBindsNothing(): void {
		$created = $this->requestController()->create('DemoContract001', 'Carol')->getData();
		$this->session()->set(RequestSessionBinding::SESSION_KEY, 'garbage');

		$this->assertSame(404, $this->requestController('recipient', $created['secret'])->show($created['requestId'])->getStatus());
		$this->assertSame(201, $this->requestController()->create('DemoContract001', 'Carol')->getStatus());
	}
}

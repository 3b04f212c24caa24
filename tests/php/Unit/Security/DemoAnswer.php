<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Security;

/**
 * One answer of the demo host, with the brute-force attempts its caller's IP now has.
 */
final class DemoAnswer {
	/**
	 * @param array<mixed>|null $json the decoded body
	 * @param array<string, int> $attempts brute-force action of the route => attempts registered for $ip
	 */
	public function __construct(
		public readonly int $status,
		public readonly ?array $json,
		public readonly ?string $body,
		public readonly string $ip,
		public readonly array $attempts,
	) {
	}

	/**
	 * @return mixed the OCS data
	 */
	public function data(): mixed {
		return $this->json['ocs']['data'] ?? null;
	}

	public function isSuccess(): bool {
		return $this->status >= 200 && $this->status < 300;
	}

	public function describe(): string {
		return $this->status . ' ' . substr((string)$this->body, 0, 300);
	}
}

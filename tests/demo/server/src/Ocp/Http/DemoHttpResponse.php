<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Http;

use OCP\Http\Client\IResponse;

final class DemoHttpResponse implements IResponse {
	/**
	 * @param array<string, string> $headers lower-case names
	 */
	private function __construct(
		private readonly int $status,
		private readonly array $headers,
		private readonly string $body,
	) {
	}

	/**
	 * @param list<string> $headerLines as PHP's $http_response_header gives them
	 */
	public static function fromRaw(array $headerLines, string $body): self {
		$status = 0;
		$headers = [];
		foreach ($headerLines as $line) {
			if (preg_match('#^HTTP/\S+\s+(\d{3})#', $line, $m) === 1) {
				// A new status line starts the headers of the final answer
				$status = (int)$m[1];
				$headers = [];
			} elseif (str_contains($line, ':')) {
				[$name, $value] = explode(':', $line, 2);
				$headers[strtolower(trim($name))] = trim($value);
			}
		}
		return new self($status, $headers, $body);
	}

	public function getBody() {
		return $this->body;
	}

	public function getStatusCode(): int {
		return $this->status;
	}

	public function getHeader(string $key): string {
		return $this->headers[strtolower($key)] ?? '';
	}

	public function getHeaders(): array {
		return array_map(static fn (string $value): array => [$value], $this->headers);
	}
}

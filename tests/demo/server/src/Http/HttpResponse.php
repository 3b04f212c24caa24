<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Http;

/**
 * What the host sends back: status, headers, body.
 */
final class HttpResponse {
	/**
	 * @param array<string, string> $headers
	 */
	public function __construct(
		public readonly int $status,
		public readonly array $headers,
		public readonly string $body,
		/** Writes the rest of the body after $body (Nextcloud's ICallbackResponse), unbuffered. */
		public readonly ?\Closure $stream = null,
	) {
	}

	public static function html(string $body, int $status = 200): self {
		return new self($status, ['Content-Type' => 'text/html; charset=utf-8'], $body);
	}

	public static function json(mixed $data, int $status = 200): self {
		return new self($status, ['Content-Type' => 'application/json; charset=utf-8'], (string)json_encode($data, JSON_UNESCAPED_SLASHES | JSON_PRETTY_PRINT));
	}

	public static function redirect(string $location): self {
		return new self(303, ['Location' => $location], '');
	}

	public function send(): void {
		http_response_code($this->status);
		if ($this->status === 207) {
			// php -S knows no reason phrase for WebDAV's 207 ("Unknown Status Code")
			header('HTTP/1.1 207 Multi-Status', true, 207);
		}
		foreach ($this->headers as $name => $value) {
			header($name . ': ' . $value);
		}
		echo $this->body;
		if ($this->stream !== null) {
			($this->stream)();
		}
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Dav;

use OCA\VideoVerification\Demo\Http\HttpResponse;

/**
 * An error as Nextcloud's Sabre server sends it (apps/dav/lib/Connector/Sabre/Server.php
 * start()): status from the Sabre exception (500 for any other exception), headers the
 * exception or an auth backend set, and the body
 * <d:error><s:exception>class</s:exception><s:message>…</s:message></d:error>.
 */
final class DavError extends \RuntimeException {
	public const NOT_AUTHENTICATED = 'Sabre\\DAV\\Exception\\NotAuthenticated';
	public const NOT_FOUND = 'Sabre\\DAV\\Exception\\NotFound';
	public const PRECONDITION_FAILED = 'Sabre\\DAV\\Exception\\PreconditionFailed';
	public const SERVICE_UNAVAILABLE = 'Sabre\\DAV\\Exception\\ServiceUnavailable';
	public const NOT_IMPLEMENTED = 'Sabre\\DAV\\Exception\\NotImplemented';
	public const MAX_DELAY_REACHED = 'OCP\\Security\\Bruteforce\\MaxDelayReached';

	/**
	 * @param array<string, string> $headers
	 */
	public function __construct(
		public readonly int $status,
		public readonly string $exceptionClass,
		string $message = '',
		public readonly array $headers = [],
	) {
		parent::__construct($message);
	}

	public static function notAuthenticated(string $message = '', array $headers = []): self {
		return new self(401, self::NOT_AUTHENTICATED, $message, $headers);
	}

	public function toResponse(): HttpResponse {
		$dom = new \DOMDocument('1.0', 'utf-8');
		$dom->formatOutput = true;
		$error = $dom->createElementNS('DAV:', 'd:error');
		$error->setAttribute('xmlns:s', 'http://sabredav.org/ns');
		$dom->appendChild($error);
		$error->appendChild($dom->createElement('s:exception', htmlspecialchars($this->exceptionClass, ENT_NOQUOTES, 'UTF-8')));
		$error->appendChild($dom->createElement('s:message', htmlspecialchars($this->getMessage(), ENT_NOQUOTES, 'UTF-8')));
		return new HttpResponse($this->status, $this->headers + ['Content-Type' => 'application/xml; charset=utf-8'], (string)$dom->saveXML());
	}
}

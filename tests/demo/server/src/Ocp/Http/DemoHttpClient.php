<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Http;

use OCP\Http\Client\IClient;
use OCP\Http\Client\IResponse;

/**
 * GET with Guzzle's behaviour as Nextcloud configures it: 'timeout' (default 30 s), 'verify',
 * and an exception for connection failures and for 4xx/5xx answers ('http_errors').
 * Local addresses are always allowed (the demo's services all run on loopback).
 */
final class DemoHttpClient implements IClient {
	public function get(string $uri, array $options = []): IResponse {
		$scheme = parse_url($uri, PHP_URL_SCHEME);
		if ($scheme !== 'http' && $scheme !== 'https') {
			throw new \InvalidArgumentException('Only http and https URLs are supported: ' . $uri);
		}
		$verify = (bool)($options['verify'] ?? true);
		$context = stream_context_create([
			'http' => ['method' => 'GET', 'timeout' => (float)($options['timeout'] ?? 30), 'ignore_errors' => true, 'follow_location' => 0],
			'ssl' => ['verify_peer' => $verify, 'verify_peer_name' => $verify],
		]);
		$body = @file_get_contents($uri, false, $context);
		$headerLines = $http_response_header ?? [];
		if ($body === false || $headerLines === []) {
			throw new \RuntimeException('Could not connect to ' . $uri . ': ' . (error_get_last()['message'] ?? 'no answer'));
		}
		$response = DemoHttpResponse::fromRaw($headerLines, $body);
		if ($response->getStatusCode() >= 400) {
			throw new \RuntimeException('Server error: `GET ' . $uri . '` resulted in a `' . $response->getStatusCode() . '` response');
		}
		return $response;
	}
}

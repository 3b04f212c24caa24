<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Http;

use OCA\VideoVerification\Demo\Ocp\UnusedApiException;
use OCP\Http\Client\IClient;
use OCP\Http\Client\IPromise;
use OCP\Http\Client\IResponse;
use Psr\Http\Message\RequestInterface;
use Psr\Http\Message\ResponseInterface;

/**
 * Requests with Guzzle's behaviour as Nextcloud configures it (nextcloud/server
 * lib/private/Http/Client/Client.php): 'timeout' (default 30 s), 'verify', 'headers', 'body',
 * 'json', and an exception for connection failures and for 4xx/5xx answers ('http_errors',
 * default on). Local addresses are always allowed (the demo's services all run on loopback).
 */
final class DemoHttpClient implements IClient {
	public function request(string $method, string $uri, array $options = []): IResponse {
		$scheme = parse_url($uri, PHP_URL_SCHEME);
		if ($scheme !== 'http' && $scheme !== 'https') {
			throw new \InvalidArgumentException('Only http and https URLs are supported: ' . $uri);
		}
		$method = strtoupper($method);
		$headers = [];
		foreach ((array)($options['headers'] ?? []) as $name => $value) {
			$headers[] = $name . ': ' . $value;
		}
		$body = '';
		if (array_key_exists('json', $options)) {
			$body = json_encode($options['json'], JSON_THROW_ON_ERROR);
			$headers[] = 'Content-Type: application/json';
		} elseif (isset($options['body'])) {
			$body = is_array($options['body']) ? http_build_query($options['body']) : (string)$options['body'];
		}
		$verify = (bool)($options['verify'] ?? true);
		$context = stream_context_create([
			'http' => [
				'method' => $method,
				'header' => $headers,
				'content' => $body,
				'timeout' => (float)($options['timeout'] ?? 30),
				'ignore_errors' => true,
				'follow_location' => 0,
			],
			'ssl' => ['verify_peer' => $verify, 'verify_peer_name' => $verify],
		]);
		$answer = @file_get_contents($uri, false, $context);
		$headerLines = $http_response_header ?? [];
		if ($answer === false || $headerLines === []) {
			throw new \RuntimeException('Could not connect to ' . $uri . ': ' . (error_get_last()['message'] ?? 'no answer'));
		}
		$response = DemoHttpResponse::fromRaw($headerLines, $method === 'HEAD' ? '' : $answer);
		if ($response->getStatusCode() >= 400 && ($options['http_errors'] ?? true)) {
			$kind = $response->getStatusCode() >= 500 ? 'Server error' : 'Client error';
			throw new DemoBadResponseException($kind . ': `' . $method . ' ' . $uri . '` resulted in a `' . $response->getStatusCode() . '` response', $response);
		}
		return $response;
	}

	public function get(string $uri, array $options = []): IResponse {
		return $this->request('GET', $uri, $options);
	}

	public function head(string $uri, array $options = []): IResponse {
		return $this->request('HEAD', $uri, $options);
	}

	public function post(string $uri, array $options = []): IResponse {
		return $this->request('POST', $uri, $options);
	}

	public function put(string $uri, array $options = []): IResponse {
		return $this->request('PUT', $uri, $options);
	}

	public function patch(string $uri, array $options = []): IResponse {
		return $this->request('PATCH', $uri, $options);
	}

	public function delete(string $uri, array $options = []): IResponse {
		return $this->request('DELETE', $uri, $options);
	}

	public function options(string $uri, array $options = []): IResponse {
		return $this->request('OPTIONS', $uri, $options);
	}

	/**
	 * As upstream: the response of a bad-response exception, any other throwable again.
	 */
	public function getResponseFromThrowable(\Throwable $e): IResponse {
		if ($e instanceof DemoBadResponseException) {
			return $e->getResponse();
		}
		throw $e;
	}

	// The app makes no asynchronous requests (the demo has no promise library to stand in Guzzle's).
	public function getAsync(string $uri, array $options = []): IPromise {
		throw UnusedApiException::for(__METHOD__);
	}

	public function headAsync(string $uri, array $options = []): IPromise {
		throw UnusedApiException::for(__METHOD__);
	}

	public function postAsync(string $uri, array $options = []): IPromise {
		throw UnusedApiException::for(__METHOD__);
	}

	public function putAsync(string $uri, array $options = []): IPromise {
		throw UnusedApiException::for(__METHOD__);
	}

	public function deleteAsync(string $uri, array $options = []): IPromise {
		throw UnusedApiException::for(__METHOD__);
	}

	public function optionsAsync(string $uri, array $options = []): IPromise {
		throw UnusedApiException::for(__METHOD__);
	}

	/**
	 * PSR-18, which IClient extends since Nextcloud 34. The app does not send PSR-7 requests,
	 * and the demo has no PSR-7 implementation to answer with.
	 */
	public function sendRequest(RequestInterface $request): ResponseInterface {
		throw UnusedApiException::for(__METHOD__);
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Http;

use OCP\IRequest;

/**
 * IRequest as Nextcloud's Request builds it: parameters = query + form body, then a JSON
 * (or, for PUT/PATCH/DELETE, url-encoded) body on top, then the route's URL parameters.
 *
 * @property-read string $method
 * @property-read array<string, mixed> $server
 */
final class DemoRequest implements IRequest {
	/** @var array<string, mixed> */
	private array $parameters;
	/** @var array<string, string> */
	private array $urlParameters = [];
	private string $id;
	/** the JSON body's decoding error, as nextcloud/server's Request keeps it (lib/private/AppFramework/Http/Request.php, decodeContent) */
	private ?\JsonException $decodingException = null;

	/**
	 * @param array<string, mixed> $query
	 * @param array<string, mixed> $post
	 * @param array<string, string> $cookies
	 * @param array<string, mixed> $serverVars
	 * @param array<string, string> $headers lower-case names
	 */
	public function __construct(
		private readonly string $httpMethod,
		private readonly string $path,
		private readonly array $query,
		private readonly array $post,
		private readonly array $cookies,
		private readonly array $serverVars,
		private readonly array $headers,
		private readonly string $body,
		private readonly ?CsrfTokenManager $csrf,
		private readonly string $sessionCookieName,
	) {
		$this->parameters = array_merge($query, $post, $this->decodeBody());
		$this->id = bin2hex(random_bytes(10));
	}

	public static function fromGlobals(?CsrfTokenManager $csrf, string $sessionCookieName): self {
		$headers = [];
		foreach ($_SERVER as $key => $value) {
			if (str_starts_with($key, 'HTTP_')) {
				$headers[strtolower(str_replace('_', '-', substr($key, 5)))] = (string)$value;
			}
		}
		if (isset($_SERVER['CONTENT_TYPE'])) {
			$headers['content-type'] = (string)$_SERVER['CONTENT_TYPE'];
		}
		return new self(
			(string)($_SERVER['REQUEST_METHOD'] ?? 'GET'),
			(string)parse_url((string)($_SERVER['REQUEST_URI'] ?? '/'), PHP_URL_PATH),
			$_GET,
			$_POST,
			$_COOKIE,
			$_SERVER,
			$headers,
			(string)file_get_contents('php://input'),
			$csrf,
			$sessionCookieName,
		);
	}

	/**
	 * @return array<string, mixed>
	 */
	private function decodeBody(): array {
		$contentType = $this->getHeader('Content-Type');
		if ($this->body === '') {
			return [];
		}
		if (stripos($contentType, 'json') !== false) {
			try {
				$decoded = json_decode($this->body, true, flags: JSON_THROW_ON_ERROR);
			} catch (\JsonException $e) {
				$this->decodingException = $e;
				return [];
			}
			return is_array($decoded) ? $decoded : [];
		}
		if (in_array($this->httpMethod, ['PUT', 'PATCH', 'DELETE'], true) && stripos($contentType, 'application/x-www-form-urlencoded') !== false) {
			parse_str($this->body, $decoded);
			return $decoded;
		}
		return [];
	}

	/**
	 * Whether the body was JSON that did not decode (the contract log reports it).
	 */
	public function jsonBody(): mixed {
		if ($this->body === '' || stripos($this->getHeader('Content-Type'), 'json') === false) {
			return null;
		}
		return json_decode($this->body, true);
	}

	public function throwDecodingExceptionIfAny(): void {
		if ($this->decodingException !== null) {
			throw $this->decodingException;
		}
	}

	public function formBody(): array {
		return in_array($this->httpMethod, ['PUT', 'PATCH', 'DELETE'], true) ? $this->decodeBody() : $this->post;
	}

	/**
	 * @param array<string, string> $parameters
	 */
	public function setUrlParameters(array $parameters): void {
		$this->urlParameters = $parameters;
		$this->parameters = array_merge($this->parameters, $parameters);
	}

	public function path(): string {
		return $this->path;
	}

	/**
	 * @return array<string, mixed>
	 */
	public function query(): array {
		return $this->query;
	}

	/**
	 * @return array<string, string>
	 */
	public function headers(): array {
		return $this->headers;
	}

	public function __get(string $name): mixed {
		return match ($name) {
			'method' => $this->httpMethod,
			'server' => $this->serverVars,
			'get' => $this->query,
			'post' => $this->post,
			'cookies' => $this->cookies,
			'urlParams' => $this->urlParameters,
			'parameters' => $this->parameters,
			default => null,
		};
	}

	public function __isset(string $name): bool {
		return in_array($name, ['method', 'server', 'get', 'post', 'cookies', 'urlParams', 'parameters'], true);
	}

	public function getHeader(string $name): string {
		return $this->headers[strtolower($name)] ?? '';
	}

	public function getParam(string $key, $default = null) {
		return isset($this->parameters[$key]) ? $this->parameters[$key] : $default;
	}

	public function getParams(): array {
		return $this->parameters;
	}

	public function getMethod(): string {
		return $this->httpMethod;
	}

	public function getUploadedFile(string $key) {
		return null;
	}

	public function getEnv(string $key) {
		return $this->serverVars[$key] ?? null;
	}

	public function getCookie(string $key) {
		return $this->cookies[$key] ?? null;
	}

	public function passesCSRFCheck(): bool {
		if ($this->csrf === null || !$this->passesStrictCookieCheck()) {
			return false;
		}
		$token = $this->query['requesttoken'] ?? $this->post['requesttoken'] ?? $this->getHeader('requesttoken');
		return is_string($token) && $token !== '' && $this->csrf->isValid($token);
	}

	public function passesStrictCookieCheck(): bool {
		if (!isset($this->cookies[$this->sessionCookieName])) {
			return true;
		}
		return ($this->cookies['nc_sameSiteCookiestrict'] ?? null) === 'true' && $this->passesLaxCookieCheck();
	}

	public function passesLaxCookieCheck(): bool {
		if (!isset($this->cookies[$this->sessionCookieName])) {
			return true;
		}
		return ($this->cookies['nc_sameSiteCookielax'] ?? null) === 'true';
	}

	public function getId(): string {
		return $this->id;
	}

	public function getRemoteAddress(): string {
		return (string)($this->serverVars['REMOTE_ADDR'] ?? '127.0.0.1');
	}

	public function getServerProtocol(): string {
		return 'http';
	}

	public function getHttpProtocol(): string {
		return (string)($this->serverVars['SERVER_PROTOCOL'] ?? 'HTTP/1.1');
	}

	public function getRequestUri(): string {
		return (string)($this->serverVars['REQUEST_URI'] ?? $this->path);
	}

	public function getRawPathInfo(): string {
		return $this->getPathInfo();
	}

	public function getPathInfo(): string|false {
		foreach (['/index.php', '/ocs/v2.php', '/ocs/v1.php'] as $script) {
			if (str_starts_with($this->path, $script . '/')) {
				return substr($this->path, strlen($script));
			}
		}
		return $this->path;
	}

	public function getScriptName(): string {
		foreach (['/ocs/v2.php', '/ocs/v1.php', '/index.php'] as $script) {
			if (str_starts_with($this->path, $script . '/') || $this->path === $script) {
				return $script;
			}
		}
		return '/index.php';
	}

	public function isUserAgent(array $agent): bool {
		$userAgent = $this->getHeader('User-Agent');
		foreach ($agent as $regex) {
			if (preg_match($regex, $userAgent) === 1) {
				return true;
			}
		}
		return false;
	}

	public function getInsecureServerHost(): string {
		return $this->getHeader('Host') !== '' ? $this->getHeader('Host') : 'localhost';
	}

	public function getServerHost(): string {
		return $this->getInsecureServerHost();
	}

	public function getFormat(): ?string {
		$format = $this->getParam('format');
		return is_string($format) ? $format : null;
	}
}

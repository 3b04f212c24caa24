<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\AppFramework\Http;

use OCP\AppFramework\Http;

/**
 * Signature stub of OCP\AppFramework\Http\Response (since 6.0.0): status, headers,
 * ETag, last modified and the brute-force throttle marker.
 *
 * @template S of int
 * @template H of array<string, mixed>
 */
class Response {
	/** @var H */
	private $headers;
	/** @var S */
	private $status;
	/** @var \DateTime|null */
	private $lastModified = null;
	/** @var string|null */
	private $ETag = null;
	private bool $throttled = false;
	private array $throttleMetadata = [];

	/**
	 * @param S $status
	 * @param H $headers
	 */
	public function __construct(int $status = Http::STATUS_OK, array $headers = []) {
		$this->setStatus($status);
		$this->setHeaders($headers);
	}

	/**
	 * @param string $name
	 * @param string|null $value null deletes the header
	 * @return $this
	 */
	public function addHeader($name, $value) {
		$name = trim($name);
		if (is_null($value)) {
			unset($this->headers[$name]);
		} else {
			$this->headers[$name] = $value;
		}
		return $this;
	}

	/**
	 * @return static
	 */
	public function setHeaders(array $headers): static {
		$this->headers = $headers;
		return $this;
	}

	/**
	 * Upstream merges the server's default headers (request id, CSP, ...) in here;
	 * the stub returns what the response itself carries.
	 *
	 * @return array<string, mixed>
	 */
	public function getHeaders() {
		$headers = $this->headers;
		if ($this->lastModified) {
			$headers['Last-Modified'] = $this->lastModified->format(\DateTimeInterface::RFC2822);
		}
		if ($this->ETag) {
			$headers['ETag'] = '"' . $this->ETag . '"';
		}
		return $headers;
	}

	/**
	 * @return string
	 */
	public function render() {
		return '';
	}

	/**
	 * @param S $status
	 * @return static
	 */
	public function setStatus($status): static {
		$this->status = $status;
		return $this;
	}

	/**
	 * @return S
	 */
	public function getStatus() {
		return $this->status;
	}

	/**
	 * @return string|null
	 */
	public function getETag() {
		return $this->ETag;
	}

	/**
	 * @return \DateTime|null
	 */
	public function getLastModified() {
		return $this->lastModified;
	}

	/**
	 * @param string $ETag
	 * @return Response
	 */
	public function setETag($ETag) {
		$this->ETag = $ETag;
		return $this;
	}

	/**
	 * @param \DateTime $lastModified
	 * @return Response
	 */
	public function setLastModified($lastModified) {
		$this->lastModified = $lastModified;
		return $this;
	}

	/**
	 * Marks the response to be throttled (with #[BruteForceProtection] on the method).
	 */
	public function throttle(array $metadata = []) {
		$this->throttled = true;
		$this->throttleMetadata = $metadata;
	}

	/**
	 * @return array
	 */
	public function getThrottleMetadata() {
		return $this->throttleMetadata;
	}

	/**
	 * @return bool
	 */
	public function isThrottled() {
		return $this->throttled;
	}
}

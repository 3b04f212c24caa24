<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP;

/**
 * Partial signature stub of OCP\IRequest (since 6.0.0).
 */
interface IRequest {
	public function getHeader(string $name): string;

	/**
	 * @param mixed $default If the key is not found, this value will be returned
	 * @return mixed the content of the array
	 */
	public function getParam(string $key, $default = null);

	public function getParams(): array;

	public function getMethod(): string;

	/** @return array the file in the $_FILES element */
	public function getUploadedFile(string $key);

	/** @return array|string|null the value in the $_ENV element */
	public function getEnv(string $key);

	/** @return string|null the value in the $_COOKIE element */
	public function getCookie(string $key);

	public function passesCSRFCheck(): bool;

	public function passesStrictCookieCheck(): bool;

	public function passesLaxCookieCheck(): bool;

	public function getId(): string;

	public function getRemoteAddress(): string;

	public function getServerProtocol(): string;

	public function getHttpProtocol(): string;

	public function getRequestUri(): string;

	public function getRawPathInfo(): string;

	/** @return string|false Path info or false when not found */
	public function getPathInfo();

	public function getScriptName(): string;

	public function isUserAgent(array $agent): bool;

	public function getInsecureServerHost(): string;

	public function getServerHost(): string;
}

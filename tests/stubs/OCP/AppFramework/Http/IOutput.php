<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\AppFramework\Http;

/**
 * Signature stub of OCP\AppFramework\Http\IOutput (since 8.1.0).
 */
interface IOutput {
	/**
	 * @param string $out
	 */
	public function setOutput($out);

	/**
	 * @param string|resource $path
	 * @return bool
	 */
	public function setReadfile($path);

	/**
	 * @param string $header
	 */
	public function setHeader($header);

	/**
	 * @return int
	 */
	public function getHttpResponseCode();

	/**
	 * @param int $code
	 */
	public function setHttpResponseCode($code);

	/**
	 * @param string $name
	 * @param string $value
	 * @param int $expire
	 * @param string $path
	 * @param string $domain
	 * @param bool $secure
	 * @param bool $httpOnly
	 * @param string $sameSite
	 */
	public function setCookie($name, $value, $expire, $path, $domain, $secure, $httpOnly, $sameSite = 'Lax');
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\Http\Client;

/**
 * Signature stub of OCP\Http\Client\IResponse (since 8.1.0).
 */
interface IResponse {
	/**
	 * @return string|resource
	 */
	public function getBody();

	public function getStatusCode(): int;

	public function getHeader(string $key): string;

	public function getHeaders(): array;
}

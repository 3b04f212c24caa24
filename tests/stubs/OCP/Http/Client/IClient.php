<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\Http\Client;

/**
 * Partial signature stub of OCP\Http\Client\IClient (since 8.1.0): the calls this app makes.
 * Options as Guzzle's plus 'nextcloud' => ['allow_local_address' => bool]; without it
 * Nextcloud refuses local and private addresses.
 */
interface IClient {
	/**
	 * @throws \Exception on a connection failure or an HTTP error status (Guzzle's 'http_errors')
	 */
	public function get(string $uri, array $options = []): IResponse;
}

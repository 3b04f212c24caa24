<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\Http\Client;

/**
 * Signature stub of OCP\Http\Client\IClientService (since 8.1.0).
 */
interface IClientService {
	public function newClient(): IClient;
}

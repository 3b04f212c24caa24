<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\Files\Cache;

/**
 * Signature stub of OCP\Files\Cache\ICacheEntry (since 9.0.0).
 */
interface ICacheEntry {
	public function getId();
}

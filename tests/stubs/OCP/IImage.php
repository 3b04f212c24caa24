<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP;

/**
 * Signature stub of OCP\IImage (since 8.1.0).
 */
interface IImage {
	public function valid(): bool;
}

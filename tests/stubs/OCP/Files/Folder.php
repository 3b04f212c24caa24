<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\Files;

/**
 * Signature stub of OCP\Files\Folder (since 6.0.0).
 */
interface Folder extends Node {
}

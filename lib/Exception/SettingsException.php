<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Exception;

/**
 * A request about a share's verification settings (or the app's policy) that cannot be
 * carried out.
 */
abstract class SettingsException extends ApiException {
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Exception;

/**
 * A verification request (the recipient's or the sharer's side of it) that cannot be
 * carried out.
 */
abstract class RequestException extends ApiException {
}

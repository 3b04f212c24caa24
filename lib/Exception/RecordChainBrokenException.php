<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Exception;

/**
 * The record chain is not whole where an operation needs it to be (retention refuses to
 * cut over a stretch with missing records, which would hide them from the verifier).
 */
class RecordChainBrokenException extends \RuntimeException {
}

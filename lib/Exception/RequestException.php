<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Exception;

/**
 * A recipient's verification request that cannot be carried out. The message is
 * translated, for people; errorCode() is the machine code of the API.
 */
abstract class RequestException extends \Exception {
	abstract public function errorCode(): string;
}

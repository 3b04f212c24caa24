<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\AppFramework\OCS;

/**
 * Signature stub of OCP\AppFramework\OCS\OCSException (since 9.1.0): the OCS middleware
 * turns it into an OCS response with the exception's code as status and its message.
 */
class OCSException extends \Exception {
}

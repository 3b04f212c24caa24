<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\Files_Sharing\Controller;

use OCP\AppFramework\OCSController;

/**
 * Signature stub of files_sharing's ShareAPIController (`/ocs/v2.php/apps/files_sharing/api/v1/shares`).
 * Our app code never uses this class: SharePolicyMiddleware recognises it by its name only.
 * It exists so that the demo's files_sharing stand-in carries the real class name.
 */
class ShareAPIController extends OCSController {
}

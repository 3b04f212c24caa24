<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Exception;

use OCP\AppFramework\Http;

/**
 * A call without video while the administrator requires the sharer to see the person.
 */
class VideoRequiredException extends RequestException {
	public function errorCode(): string {
		return 'video_required';
	}

	public function httpStatus(): int {
		return Http::STATUS_FORBIDDEN;
	}
}

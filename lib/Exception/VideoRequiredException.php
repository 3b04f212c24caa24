<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Exception;

/**
 * A call without video while the administrator requires the sharer to see the person.
 */
class VideoRequiredException extends RequestException {
	public function errorCode(): string {
		return 'video_required';
	}
}

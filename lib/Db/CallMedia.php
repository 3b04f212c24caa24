<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Db;

/**
 * What the recipient's call carried, as the record says how the person was verified.
 */
enum CallMedia: string {
	case Video = 'video';
	/** Only when the administrator allows calls without video: the sharer cannot see the person. */
	case Audio = 'audio';
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp;

/**
 * Thrown by a demo stand-in for an OCP method that neither the app (lib/) nor the demo
 * calls: the stand-ins implement Nextcloud's real interfaces, and a method nobody reaches
 * gets this loud failure instead of a made-up answer that a test could come to rely on.
 * Whoever starts to call one implements it after the upstream code.
 */
final class UnusedApiException extends \LogicException {
	public static function for(string $method): self {
		return new self($method . ' is not used by video_verification; the demo does not stand it in');
	}
}

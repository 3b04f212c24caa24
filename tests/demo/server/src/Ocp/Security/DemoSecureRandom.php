<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Security;

use OCP\Security\ISecureRandom;

final class DemoSecureRandom implements ISecureRandom {
	public function generate(int $length, string $characters = ISecureRandom::CHAR_ALPHANUMERIC . '+/'): string {
		if ($length <= 0) {
			throw new \LengthException('Invalid length specified: ' . $length . ' must be bigger than 0');
		}
		$maxIndex = strlen($characters) - 1;
		$result = '';
		for ($i = 0; $i < $length; $i++) {
			$result .= $characters[random_int(0, $maxIndex)];
		}
		return $result;
	}
}

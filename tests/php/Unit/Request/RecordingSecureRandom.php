<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Request;

use OCP\Security\ISecureRandom;

/**
 * ISecureRandom as Nextcloud implements it (each character uniform, random_int), which
 * records every call and can be told what to return next.
 */
final class RecordingSecureRandom implements ISecureRandom {
	/** @var list<array{length: int, characters: string, value: string}> */
	public array $calls = [];
	/** @var list<string> values returned before random ones, in order */
	public array $scripted = [];

	public function generate(int $length, string $characters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'): string {
		if ($this->scripted !== []) {
			$value = array_shift($this->scripted);
		} else {
			$value = '';
			for ($i = 0; $i < $length; $i++) {
				$value .= $characters[random_int(0, strlen($characters) - 1)];
			}
		}
		$this->calls[] = ['length' => $length, 'characters' => $characters, 'value' => $value];
		return $value;
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\ShareSettings;

use OCA\VideoVerification\Db\VerificationMode;
use OCA\VideoVerification\Exception\InvalidBodyException;
use OCA\VideoVerification\Service\ShareSettings\SettingsChangeParser;
use OCA\VideoVerification\Tests\Unit\ShareFixtures;
use PHPUnit\Framework\TestCase;

class SettingsChangeParserTest extends TestCase {
	use ShareFixtures;

	public function testDefaults(): void {
		$change = (new SettingsChangeParser($this->l10n()))->parse(true, null, null);

		$this->assertTrue($change->enabled);
		$this->assertSame(VerificationMode::Approve, $change->mode);
		$this->assertNull($change->password);
	}

	public function testAnEmptyPasswordIsNoPassword(): void {
		$this->assertNull((new SettingsChangeParser($this->l10n()))->parse(true, 'password', '')->password);
	}

	public function testKeepsThePasswordExactly(): void {
		$change = (new SettingsChangeParser($this->l10n()))->parse('true', 'password', ' spaced secret ');

		$this->assertSame(' spaced secret ', $change->password);
		$this->assertSame(VerificationMode::Password, $change->mode);
	}

	public function testTheErrorNamesTheField(): void {
		try {
			(new SettingsChangeParser($this->l10n()))->parse(true, 'video', null);
			$this->fail('accepted an unknown mode');
		} catch (InvalidBodyException $e) {
			$this->assertStringContainsString('"mode"', $e->getMessage());
			$this->assertSame('invalid_body', $e->errorCode());
		}
	}
}

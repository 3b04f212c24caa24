<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Demo\Ocp;

use OCA\VideoVerification\Demo\Ocp\Config\DemoAppConfigStore;
use OCA\VideoVerification\Demo\Ocp\Config\DemoConfig;
use OCA\VideoVerification\Demo\Ocp\Config\DemoUserConfig;
use OCA\VideoVerification\Demo\Ocp\UnusedApiException;
use OCA\VideoVerification\Demo\Storage\DemoDatabase;
use PHPUnit\Framework\TestCase;

/**
 * The demo's IUserConfig shares its rows with IConfig's user values, as both write
 * oc_preferences in Nextcloud: a value set through the old API reads back through the new.
 */
class DemoUserConfigTest extends TestCase {
	private DemoAppConfigStore $store;

	protected function setUp(): void {
		parent::setUp();
		$this->store = new DemoAppConfigStore(new DemoDatabase(':memory:'));
	}

	public function testAStringWrittenThroughIConfigReadsBackAsString(): void {
		(new DemoConfig($this->store, []))->setUserValue('alice', 'core', 'timezone', 'Europe/Berlin');

		$this->assertSame('Europe/Berlin', (new DemoUserConfig($this->store))->getValueString('alice', 'core', 'timezone', 'UTC'));
	}

	public function testAMissingValueReadsAsTheDefault(): void {
		$this->assertSame('UTC', (new DemoUserConfig($this->store))->getValueString('bob', 'core', 'timezone', 'UTC'));
	}

	public function testSetReportsWhetherTheValueChangedAndDeleteRemovesIt(): void {
		$config = new DemoUserConfig($this->store);

		$this->assertTrue($config->setValueString('alice', 'video_verification', 'office_hours', '{"days":[1]}'));
		$this->assertFalse($config->setValueString('alice', 'video_verification', 'office_hours', '{"days":[1]}'));
		$this->assertTrue($config->hasKey('alice', 'video_verification', 'office_hours'));
		$this->assertSame(['office_hours'], $config->getKeys('alice', 'video_verification'));

		$config->deleteUserConfig('alice', 'video_verification', 'office_hours');
		$this->assertFalse($config->hasKey('alice', 'video_verification', 'office_hours'));
	}

	public function testAMethodNothingCallsFailsLoudly(): void {
		$this->expectException(UnusedApiException::class);
		(new DemoUserConfig($this->store))->getValueArray('alice', 'core', 'timezone');
	}
}

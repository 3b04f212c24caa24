<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Demo\Ocp;

use OCA\VideoVerification\Demo\Ocp\Config\DemoAppConfig;
use OCA\VideoVerification\Demo\Ocp\Config\DemoAppConfigStore;
use OCA\VideoVerification\Demo\Ocp\Config\DemoConfig;
use OCA\VideoVerification\Demo\Ocp\Config\DemoConfigLexicons;
use OCA\VideoVerification\Demo\Storage\DemoDatabase;
use OCA\VideoVerification\Demo\Talk\TalkConfigLexicon;
use OCP\Exceptions\AppConfigTypeConflictException;
use OCP\Exceptions\AppConfigUnknownKeyException;
use OCP\IAppConfig;
use PHPUnit\Framework\TestCase;

/**
 * The demo's IAppConfig keeps nextcloud/server AppConfig's type rules, so that a test reading
 * a key in the wrong type fails here as it would on a real server.
 */
class DemoAppConfigTest extends TestCase {
	private DemoAppConfigStore $store;

	protected function setUp(): void {
		parent::setUp();
		$this->store = new DemoAppConfigStore(new DemoDatabase(':memory:'));
	}

	public function testAKeyTheLexiconTypesAsArrayCannotBeReadAsString(): void {
		$config = $this->config(talk25: true);

		$this->expectException(AppConfigTypeConflictException::class);
		$this->expectExceptionMessage('spreed/turn_servers is typed incorrectly in relation to the config lexicon');
		$config->getValueString('spreed', 'turn_servers');
	}

	public function testAKeyTheLexiconTypesAsArrayCannotBeWrittenAsString(): void {
		$config = $this->config(talk25: true);

		try {
			$config->setValueString('spreed', 'stun_servers', '["stun.example:3478"]');
			$this->fail('A string write of an array key must be refused');
		} catch (AppConfigTypeConflictException) {
		}
		$this->assertFalse($config->hasKey('spreed', 'stun_servers'));
	}

	public function testTheLexiconsTypeAndDefaultComeFirst(): void {
		$config = $this->config(talk25: true);

		$this->assertSame(IAppConfig::VALUE_ARRAY, $config->getValueType('spreed', 'turn_servers'));
		$this->assertSame([], $config->getValueArray('spreed', 'turn_servers', ['ignored']));
		$config->setValueArray('spreed', 'turn_servers', [['server' => 'turn.example:443']]);
		$this->assertSame([['server' => 'turn.example:443']], $config->getValueArray('spreed', 'turn_servers'));
	}

	public function testAStoredTypeIsKeptWithoutALexicon(): void {
		$config = $this->config(talk25: false);
		$config->setValueInt('spreed', 'start_calls', 1);

		$this->assertSame(IAppConfig::VALUE_INT, $config->getValueType('spreed', 'start_calls'));
		$this->assertSame(1, $config->getValueInt('spreed', 'start_calls'));
		try {
			$config->getValueString('spreed', 'start_calls');
			$this->fail('A string read of an int row must be refused');
		} catch (AppConfigTypeConflictException $e) {
			$this->assertSame('conflict with value type from database', $e->getMessage());
		}
		$this->expectException(AppConfigTypeConflictException::class);
		$this->expectExceptionMessage('conflict between new type (string) and old type (integer)');
		$config->setValueString('spreed', 'start_calls', '2');
	}

	public function testAnUntypedRowReadsInAnyTypeAndTakesTheFirstTypedWrite(): void {
		$legacy = new DemoConfig($this->store, []);
		$legacy->setAppValue('spreed', 'start_calls', '2');
		$config = $this->config(talk25: false);

		$this->assertSame(IAppConfig::VALUE_MIXED, $config->getValueType('spreed', 'start_calls'));
		$this->assertSame('2', $config->getValueString('spreed', 'start_calls'));
		$this->assertSame(2, $config->getValueInt('spreed', 'start_calls'));
		$this->assertTrue($config->setValueInt('spreed', 'start_calls', 3));
		$this->assertSame(IAppConfig::VALUE_INT, $config->getValueType('spreed', 'start_calls'));

		$this->expectException(AppConfigTypeConflictException::class);
		$legacy->setAppValue('spreed', 'start_calls', '0');
	}

	public function testAnUnknownKeyHasNoType(): void {
		$this->expectException(AppConfigUnknownKeyException::class);
		$this->config(talk25: false)->getValueType('spreed', 'turn_servers');
	}

	public function testKeyDetailsNameTheLexiconsType(): void {
		$details = $this->config(talk25: true)->getKeyDetails('spreed', 'stun_servers');

		$this->assertSame('ARRAY', $details['valueTypeName'] ?? null);
		$this->assertArrayNotHasKey('value', $details);
	}

	private function config(bool $talk25): DemoAppConfig {
		return new DemoAppConfig($this->store, new DemoConfigLexicons($talk25 ? ['spreed' => new TalkConfigLexicon()] : []));
	}
}

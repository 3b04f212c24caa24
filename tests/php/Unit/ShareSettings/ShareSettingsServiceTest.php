<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\ShareSettings;

use OCA\VideoVerification\Db\ShareSettings;
use OCA\VideoVerification\Db\GrantEndReason;
use OCA\VideoVerification\Db\GrantMapper;
use OCA\VideoVerification\Db\VerificationMode;
use OCA\VideoVerification\Exception\SettingsException;
use OCA\VideoVerification\Service\ShareSettings\SettingsChange;
use OCA\VideoVerification\Tests\Unit\ServiceStack;
use OCP\Share\IShare;
use PHPUnit\Framework\TestCase;

/**
 * The decisions per share type × password situation × request. Each case lists the
 * writes the share manager receives as [sendPasswordByTalk, stored password].
 */
class ShareSettingsServiceTest extends TestCase {
	use ServiceStack;

	private const LINK = IShare::TYPE_LINK;
	private const EMAIL = IShare::TYPE_EMAIL;

	protected function setUp(): void {
		parent::setUp();
		$this->setUpStack();
	}

	/**
	 * share: type, password (plain; null = none), situation: 'off' | 'ours' (flag on, our
	 * row, password generated) | 'ours-own' (flag on, our row in password mode, sharer's
	 * password) | 'native' (flag on with Nextcloud's own checkbox, no row)
	 */
	public static function enableCases(): array {
		return [
			// Link shares
			'link, no password, approve' => [self::LINK, null, 'off', 'approve', null,
				[[true, 'hash:generated-1']], true],
			'link, no password, approve with own password' => [self::LINK, null, 'off', 'approve', 'mine',
				[[true, 'hash:mine']], false],
			'link, no password, password mode without password' => [self::LINK, null, 'off', 'password', null,
				'password_required', null],
			'link, no password, password mode with password' => [self::LINK, null, 'off', 'password', 'mine',
				[[true, 'hash:mine']], false],
			'link, own password, approve keeps it' => [self::LINK, 'mine', 'off', 'approve', null,
				[[true, 'hash:mine']], false],
			'link, own password, password mode keeps it' => [self::LINK, 'mine', 'off', 'password', null,
				[[true, 'hash:mine']], false],
			'link, own password, password mode with the same password' => [self::LINK, 'mine', 'off', 'password', 'mine',
				[[true, 'hash:mine']], false],
			'link, own password, password mode with a new password' => [self::LINK, 'mine', 'off', 'password', 'new',
				[[true, 'hash:new']], false],
			'link, ours generated, approve again' => [self::LINK, 'generated-0', 'ours', 'approve', null,
				[], true],
			'link, ours generated, password mode without password' => [self::LINK, 'generated-0', 'ours', 'password', null,
				'password_required', null],
			'link, ours generated, password mode with password' => [self::LINK, 'generated-0', 'ours', 'password', 'mine',
				[[true, 'hash:mine']], false],
			'link, native flag, approve takes over and keeps the password' => [self::LINK, 'mine', 'native', 'approve', null,
				[], false],
			// E-mail shares: Nextcloud wants a new password whenever the flag changes
			'email, no password, approve' => [self::EMAIL, null, 'off', 'approve', null,
				[[true, 'hash:generated-1']], true],
			'email, own password, approve generates a new one' => [self::EMAIL, 'mine', 'off', 'approve', null,
				[[true, 'hash:generated-1']], true],
			'email, own password, password mode without password' => [self::EMAIL, 'mine', 'off', 'password', null,
				'password_required', null],
			'email, own password, password mode with a new password' => [self::EMAIL, 'mine', 'off', 'password', 'new',
				[[true, 'hash:new']], false],
			'email, own password, password mode with the same password' => [self::EMAIL, 'mine', 'off', 'password', 'mine',
				[[true, 'hash:generated-1'], [true, 'hash:mine']], false],
			'email, ours generated, approve again' => [self::EMAIL, 'generated-0', 'ours', 'approve', null,
				[], true],
			'email, ours with own password, password mode again' => [self::EMAIL, 'mine', 'ours-own', 'password', null,
				[], false],
			'email, ours with own password, switch to approve keeps it' => [self::EMAIL, 'mine', 'ours-own', 'approve', null,
				[], false],
			'email, ours generated, password mode with password' => [self::EMAIL, 'generated-0', 'ours', 'password', 'mine',
				[[true, 'hash:mine']], false],
		];
	}

	/**
	 * @dataProvider enableCases
	 * @param list<array{bool, string}>|string $expected the writes, or the error code
	 */
	public function testEnable(int $type, ?string $password, string $situation, string $mode, ?string $bodyPassword, array|string $expected, ?bool $passwordGenerated): void {
		$this->givenShare($type, $password, $situation);
		$rowsBefore = $this->settingsRows();

		try {
			$view = $this->service()->update('42', $this->user('alice'), new SettingsChange(true, VerificationMode::from($mode), $bodyPassword));
		} catch (SettingsException $e) {
			$this->assertSame($expected, $e->errorCode());
			$this->assertSame([], $this->shareUpdates());
			$this->assertSame($rowsBefore, $this->settingsRows());
			return;
		}

		$this->assertIsArray($expected, 'expected an error, got a result');
		$this->assertSame($expected, $this->writes());
		$this->assertTrue($view->enabled);
		$this->assertSame($mode, $view->mode->value);
		$this->assertSame($passwordGenerated, $view->passwordGenerated);
		$this->assertTrue($this->shareState('42')['sendPasswordByTalk']);
		$row = $this->mapper->find(42);
		$this->assertNotNull($row);
		$this->assertSame($mode, $row->mode->value);
		$this->assertSame($passwordGenerated, $row->passwordGenerated);
	}

	public static function disableCases(): array {
		return [
			'link, ours generated: flag cleared, generated password kept' => [self::LINK, 'generated-0', 'ours',
				[[false, 'hash:generated-0']], true, false],
			'link, ours with own password: flag cleared' => [self::LINK, 'mine', 'ours-own',
				[[false, 'hash:mine']], false, false],
			'email, ours: flag cleared with a fresh generated password' => [self::EMAIL, 'mine', 'ours-own',
				[[false, 'hash:generated-1']], true, false],
			'link, native flag: left alone' => [self::LINK, 'mine', 'native',
				[], false, true],
			'link, off: nothing to do' => [self::LINK, 'mine', 'off',
				[], false, false],
		];
	}

	/**
	 * @dataProvider disableCases
	 * @param list<array{bool, string}> $writes
	 */
	public function testDisable(int $type, ?string $password, string $situation, array $writes, bool $passwordGenerated, bool $flagAfter): void {
		$this->givenShare($type, $password, $situation);

		$view = $this->service()->update('42', $this->user('alice'), new SettingsChange(false, VerificationMode::Approve, null));

		$this->assertSame($writes, $this->writes());
		$this->assertFalse($view->enabled);
		$this->assertSame($passwordGenerated, $view->passwordGenerated);
		$this->assertSame($flagAfter, $this->shareState('42')['sendPasswordByTalk']);
		$this->assertNull($this->mapper->find(42));
	}

	public function testSwitchingVerificationOffEndsTheSharesGrants(): void {
		$this->givenShare(self::LINK, 'generated-0', 'ours');
		$grants = new GrantMapper($this->db);
		$ours = $grants->insert(str_repeat('a', 32), 42, str_repeat('1', 64), self::NOW - 60);
		$other = $grants->insert(str_repeat('b', 32), 43, str_repeat('1', 64), self::NOW - 60);

		$this->service()->update('42', $this->user('alice'), new SettingsChange(false, VerificationMode::Approve, null));

		$this->assertSame([GrantEndReason::VerificationOff, self::NOW], [$grants->find($ours)?->endReason, $grants->find($ours)?->endedAt]);
		$this->assertNull($grants->find($other)?->endedAt, 'another share\'s grant holds');
	}

	public function testDisablingWorksWhenTalkIsGone(): void {
		$this->givenShare(self::LINK, 'generated-0', 'ours');
		$this->talkUsers = [];

		$view = $this->service()->update('42', $this->user('alice'), new SettingsChange(false, VerificationMode::Approve, null));

		$this->assertFalse($view->enabled);
		$this->assertFalse($view->talkAvailable);
		$this->assertFalse($this->shareState('42')['sendPasswordByTalk']);
	}

	public function testARowWhoseFlagWasClearedElsewhereReadsAsOff(): void {
		$this->addShare(['id' => '42', 'password' => 'hash:mine', 'sendPasswordByTalk' => false]);
		$this->mapper->save(new ShareSettings(42, VerificationMode::Approve, 'alice', 1000, false));

		$this->assertFalse($this->service()->get('42', $this->user('alice'))->enabled);
	}

	public function testReEnablingAfterTheFlagWasClearedElsewhereRecordsWhoAndWhenAnew(): void {
		$this->addShare(['id' => '42', 'password' => 'hash:mine', 'sendPasswordByTalk' => false]);
		$this->mapper->save(new ShareSettings(42, VerificationMode::Approve, 'bob', 1000, false));

		$view = $this->service()->update('42', $this->user('alice'), new SettingsChange(true, VerificationMode::Approve, null));

		$this->assertSame('alice', $view->enabledBy);
		$this->assertSame(self::NOW, $view->enabledAt);
	}

	public function testChangingTheModeKeepsWhoSwitchedItOnAndWhen(): void {
		$this->givenShare(self::LINK, 'generated-0', 'ours');

		$view = $this->service()->update('42', $this->user('alice'), new SettingsChange(true, VerificationMode::Password, 'mine'));

		$this->assertSame('alice', $view->enabledBy);
		$this->assertSame(1000, $view->enabledAt, "not the time of this request");
	}

	public function testTheSharerIsWhoTalkMustServe(): void {
		$this->talkUsers = ['carol'];
		$this->addShare(['id' => '42', 'owner' => 'alice', 'sharedBy' => 'carol']);

		$view = $this->service()->get('42', $this->user('alice'));

		$this->assertTrue($view->talkAvailable);
	}

	private function givenShare(int $type, ?string $password, string $situation): void {
		$this->addShare([
			'id' => '42',
			'type' => $type,
			'password' => $password === null ? null : 'hash:' . $password,
			'sendPasswordByTalk' => $situation !== 'off',
			'sharedWith' => $type === self::EMAIL ? 'carol@example.com' : '',
		]);
		if ($situation === 'ours') {
			$this->mapper->save(new ShareSettings(42, VerificationMode::Approve, 'alice', 1000, true));
		} elseif ($situation === 'ours-own') {
			$this->mapper->save(new ShareSettings(42, VerificationMode::Password, 'alice', 1000, false));
		}
	}

	/**
	 * @return list<array{bool, ?string}>
	 */
	private function writes(): array {
		return array_map(static fn (array $update): array => [$update['sendPasswordByTalk'], $update['password']], $this->shareUpdates());
	}
}

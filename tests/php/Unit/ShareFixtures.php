<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit;

use OCP\IL10N;
use OCP\IUser;
use OCP\Share\Exceptions\ShareNotFound;
use OCP\Share\IManager;
use OCP\Share\IShare;
use PHPUnit\Framework\MockObject\MockObject;

/**
 * Stateful share doubles built from PHPUnit mocks.
 *
 * The share manager double applies the rules of Nextcloud's Share20\Manager::updateShare
 * for link and e-mail shares that this app runs into: it hashes a changed password
 * ("hash:" . plain), refuses the Talk flag without a password, and refuses to change
 * the flag of an e-mail share without a new password.
 */
trait ShareFixtures {
	/** @var array<string, \ArrayObject> share id => state */
	private array $shareStates = [];
	/** @var list<array{id: string, sendPasswordByTalk: bool, password: ?string, passwordChanged: bool}> */
	private array $shareUpdates = [];
	/** When set, updateShare() throws it, as the share manager does when one of its rules fails. */
	protected ?\Exception $refuseShareUpdatesWith = null;

	/**
	 * @param array{id?: string, type?: int, owner?: string, sharedBy?: string, password?: ?string, sendPasswordByTalk?: bool, permissions?: int, target?: string, sharedWith?: string} $properties
	 *        password: the stored hash ("hash:<plain>") or null
	 */
	protected function addShare(array $properties): IShare&MockObject {
		$state = new \ArrayObject($properties + [
			'id' => '42',
			'type' => IShare::TYPE_LINK,
			'owner' => 'alice',
			'sharedBy' => 'alice',
			'password' => null,
			'sendPasswordByTalk' => false,
			'permissions' => 1,
			'target' => '/Contract.pdf',
			'sharedWith' => '',
		]);
		$this->shareStates[$state['id']] = $state;
		return $this->shareObject($state);
	}

	protected function shareState(string $id): \ArrayObject {
		return $this->shareStates[$id];
	}

	protected function shareManager(): IManager&MockObject {
		$manager = $this->createMock(IManager::class);
		$manager->method('getShareById')->willReturnCallback(function (string $fullId): IShare {
			[$provider, $id] = explode(':', $fullId, 2);
			$state = $this->shareStates[$id] ?? null;
			$providerOfState = $state === null ? null : ($state['type'] === IShare::TYPE_EMAIL ? 'ocMailShare' : 'ocinternal');
			if ($state === null || $provider !== $providerOfState) {
				throw new ShareNotFound();
			}
			// A fresh object per lookup, with the stored (hashed) password, as upstream.
			return $this->shareObject(new \ArrayObject($state->getArrayCopy()));
		});
		$manager->method('checkPassword')->willReturnCallback(
			static fn (IShare $share, ?string $password): bool => $password !== null && $share->getPassword() === 'hash:' . $password,
		);
		$manager->method('updateShare')->willReturnCallback(fn (IShare $share): IShare => $this->applyUpdate($share));
		return $manager;
	}

	protected function user(string $uid): IUser&MockObject {
		$user = $this->createMock(IUser::class);
		$user->method('getUID')->willReturn($uid);
		return $user;
	}

	protected function l10n(): IL10N&MockObject {
		$l10n = $this->createMock(IL10N::class);
		$l10n->method('t')->willReturnCallback(static fn (string $text, $parameters = []): string => vsprintf($text, (array)$parameters));
		return $l10n;
	}

	/**
	 * @return list<array{id: string, sendPasswordByTalk: bool, password: ?string, passwordChanged: bool}>
	 */
	protected function shareUpdates(): array {
		return $this->shareUpdates;
	}

	private function applyUpdate(IShare $share): IShare {
		if ($this->refuseShareUpdatesWith !== null) {
			throw $this->refuseShareUpdatesWith;
		}
		$stored = $this->shareStates[$share->getId()];
		$password = $share->getPassword();
		$passwordChanged = $password !== $stored['password'];
		if ($passwordChanged && $password !== null && $password !== '') {
			$password = 'hash:' . $password;
			$passwordChanged = $password !== $stored['password'];
		}
		if (($password === null || $password === '') && $share->getSendPasswordByTalk()) {
			throw new \InvalidArgumentException('Cannot enable sending the password by Talk with an empty password');
		}
		if (!$passwordChanged && $stored['type'] === IShare::TYPE_EMAIL
			&& $stored['sendPasswordByTalk'] !== $share->getSendPasswordByTalk()) {
			throw new \InvalidArgumentException('Cannot enable sending the password by Talk without setting a new password');
		}
		$stored['password'] = $password;
		$stored['sendPasswordByTalk'] = $share->getSendPasswordByTalk();
		$share->setPassword($password);
		$this->shareUpdates[] = [
			'id' => $share->getId(),
			'sendPasswordByTalk' => $share->getSendPasswordByTalk(),
			'password' => $password,
			'passwordChanged' => $passwordChanged,
		];
		return $share;
	}

	private function shareObject(\ArrayObject $state): IShare&MockObject {
		$share = $this->createMock(IShare::class);
		$share->method('getId')->willReturnCallback(static fn (): string => $state['id']);
		$share->method('getFullId')->willReturnCallback(
			static fn (): string => ($state['type'] === IShare::TYPE_EMAIL ? 'ocMailShare:' : 'ocinternal:') . $state['id'],
		);
		$share->method('getShareType')->willReturnCallback(static fn (): int => $state['type']);
		$share->method('getShareOwner')->willReturnCallback(static fn (): string => $state['owner']);
		$share->method('getSharedBy')->willReturnCallback(static fn (): string => $state['sharedBy']);
		$share->method('getSharedWith')->willReturnCallback(static fn (): string => $state['sharedWith']);
		$share->method('getPermissions')->willReturnCallback(static fn (): int => $state['permissions']);
		$share->method('getTarget')->willReturnCallback(static fn (): string => $state['target']);
		$share->method('getPassword')->willReturnCallback(static fn (): ?string => $state['password']);
		$share->method('getSendPasswordByTalk')->willReturnCallback(static fn (): bool => $state['sendPasswordByTalk']);
		$share->method('setPassword')->willReturnCallback(static function ($password) use ($state, &$share) {
			$state['password'] = $password;
			return $share;
		});
		$share->method('setSendPasswordByTalk')->willReturnCallback(static function (bool $flag) use ($state, &$share) {
			$state['sendPasswordByTalk'] = $flag;
			return $share;
		});
		return $share;
	}
}

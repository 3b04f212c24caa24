<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Share;

use OCA\VideoVerification\Demo\Storage\FileStore;
use OCA\VideoVerification\Demo\Storage\ShareStore;
use OCA\VideoVerification\Demo\Ocp\UnusedApiException;
use OCP\EventDispatcher\IEventDispatcher;
use OCP\Files\Folder;
use OCP\Files\Node;
use OCP\Files\NotFoundException;
use OCP\IUser;
use OCP\Security\IHasher;
use OCP\Security\ISecureRandom;
use OCP\Share\Events\BeforeShareCreatedEvent;
use OCP\Share\Events\ShareCreatedEvent;
use OCP\Share\Events\ShareDeletedEvent;
use OCP\Share\Events\ShareUpdatedEvent;
use OCP\Share\Exceptions\ShareNotFound;
use OCP\Share\IManager;
use OCP\Share\IShare;

/**
 * The share manager of the demo: the rules of Nextcloud's Share20\Manager that matter for
 * link and e-mail shares (password hashing, the Talk flag rules, events), over the demo store.
 */
final class DemoShareManager implements IManager {
	public const TOKEN_LENGTH = 15;

	public function __construct(
		private readonly ShareStore $store,
		private readonly FileStore $files,
		private readonly IHasher $hasher,
		private readonly ISecureRandom $random,
		private readonly IEventDispatcher $dispatcher,
		/** Nextcloud 33 and 34 dispatch no typed event from updateShare, 35 ShareUpdatedEvent. */
		private readonly int $nextcloudVersion = 35,
	) {
	}

	/**
	 * As Share20\Manager::createShare: a link share's password is hashed before
	 * BeforeShareCreatedEvent, an e-mail share's by sharebymail when it stores the share;
	 * a listener refuses the share with setError() and stopPropagation() (a plain \Exception,
	 * which files_sharing answers with 403 "Failed to create share."); ShareCreatedEvent
	 * follows once the share has its id.
	 */
	public function createShare(IShare $share): IShare {
		$node = $this->files->get($share->getNodeId());
		$share->setShareOwner($node->owner);
		$share->setNodeType($node->type());
		$share->setTarget('/' . $node->name);
		$isPublic = $share->getShareType() === IShare::TYPE_LINK || $share->getShareType() === IShare::TYPE_EMAIL;
		if ($isPublic) {
			$share->setToken($share->getToken() ?? $this->generateToken());
			if (empty($share->getPassword())) {
				$share->setPassword(null);
			} elseif ($share->getShareType() === IShare::TYPE_LINK) {
				$share->setPassword($this->hasher->hash($share->getPassword()));
			}
		}

		$event = new BeforeShareCreatedEvent($share);
		$this->dispatcher->dispatchTyped($event);
		if ($event->isPropagationStopped() && $event->getError()) {
			throw new \Exception($event->getError());
		}

		if ($isPublic) {
			if (empty($share->getPassword()) && $share->getSendPasswordByTalk()) {
				throw new \InvalidArgumentException('Cannot enable sending the password by Talk with an empty password');
			}
			if ($share->getShareType() === IShare::TYPE_EMAIL && !empty($share->getPassword())) {
				$share->setPassword($this->hasher->hash($share->getPassword()));
			}
		}
		$share->setShareTime(new \DateTime());
		$id = $this->store->insert($share);
		$created = $this->store->byId($id);
		$this->dispatcher->dispatchTyped(new ShareCreatedEvent($created));
		return $created;
	}

	/**
	 * Same order of checks as Share20\Manager::updateShare for the share types the demo has.
	 */
	public function updateShare(IShare $share, bool $onlyValid = true): IShare {
		try {
			$originalShare = $this->getShareById($share->getFullId());
		} catch (\UnexpectedValueException) {
			throw new \InvalidArgumentException('Share does not have a full ID');
		}

		if ($share->getShareType() !== $originalShare->getShareType()) {
			throw new \InvalidArgumentException('Cannot change share type');
		}
		if ($share->getSharedWith() !== $originalShare->getSharedWith() && $share->getShareType() !== IShare::TYPE_USER) {
			throw new \InvalidArgumentException('Can only update recipient on user shares');
		}
		if ($share->getShareType() === IShare::TYPE_USER && $share->getSharedWith() === $share->getShareOwner()) {
			throw new \InvalidArgumentException('Cannot share with the share owner');
		}
		if ($share->getPermissions() === 0) {
			throw new \InvalidArgumentException('Cannot remove all permissions');
		}

		if ($share->getShareType() === IShare::TYPE_LINK || $share->getShareType() === IShare::TYPE_EMAIL) {
			$plainTextPassword = $share->getPassword();
			$updatedPassword = $this->updateSharePasswordIfNeeded($share, $originalShare);

			if (empty($plainTextPassword) && $share->getSendPasswordByTalk()) {
				throw new \InvalidArgumentException('Cannot enable sending the password by Talk with an empty password');
			}
			if (!$updatedPassword && $share->getShareType() === IShare::TYPE_EMAIL) {
				if (!$originalShare->getSendPasswordByTalk() && $share->getSendPasswordByTalk()) {
					throw new \InvalidArgumentException('Cannot enable sending the password by Talk without setting a new password');
				}
				if ($originalShare->getSendPasswordByTalk() && !$share->getSendPasswordByTalk()) {
					throw new \InvalidArgumentException('Cannot disable sending the password by Talk without setting a new password');
				}
			}
		}

		$this->store->update($share);
		$updated = $this->store->byId((int)$share->getId());
		// As Nextcloud 35 (ShareUpdatedEvent, after the provider stored the change). The caller
		// gets the share as this update left it, whatever a listener changed afterwards.
		if ($this->nextcloudVersion >= 35) {
			$this->dispatcher->dispatchTyped(new ShareUpdatedEvent($updated));
		}
		return $updated;
	}

	private function updateSharePasswordIfNeeded(IShare $share, IShare $originalShare): bool {
		$new = $share->getPassword();
		$old = $originalShare->getPassword();
		$different = $new !== $old
			&& (($new !== null && $old === null)
				|| ($new === null && $old !== null)
				|| ($new !== null && $old !== null && !$this->hasher->verify($new, $old)));
		if (!$different) {
			$share->setPassword($old);
			return false;
		}
		if (!empty($new)) {
			$share->setPassword($this->hasher->hash($new));
			if ($share->getShareType() === IShare::TYPE_EMAIL) {
				$share->setPasswordExpirationTime(null);
			}
			return true;
		}
		$share->setPassword(null);
		if ($share->getShareType() === IShare::TYPE_EMAIL) {
			$share->setPasswordExpirationTime(null);
		}
		return true;
	}

	public function acceptShare(IShare $share, string $recipientId): IShare {
		return $share;
	}

	public function deleteShare(IShare $share): void {
		try {
			$share->getFullId();
		} catch (\UnexpectedValueException) {
			throw new \InvalidArgumentException('Share does not have a full ID');
		}
		$this->store->delete((int)$share->getId());
		$this->dispatcher->dispatchTyped(new ShareDeletedEvent($share));
	}

	public function deleteFromSelf(IShare $share, $recipientId): void {
		$this->deleteShare($share);
	}

	public function restoreShare(IShare $share, string $recipientId): IShare {
		return $share;
	}

	public function moveShare(IShare $share, $recipientId): IShare {
		if ($share->getShareType() === IShare::TYPE_LINK || $share->getShareType() === IShare::TYPE_EMAIL) {
			throw new \InvalidArgumentException('Cannot change target of link share');
		}
		return $share;
	}

	public function getSharesInFolder($userId, Folder $node, $reshares = false, $shallow = true): array {
		$result = [];
		foreach ($this->files->children($node->getId()) as $child) {
			$shares = $this->store->sharedBy((string)$userId, null, $child->id);
			if ($shares !== []) {
				$result[$child->id] = $shares;
			}
		}
		return $result;
	}

	/**
	 * $onlyValid as Share20\Manager: expired shares are left out.
	 */
	public function getSharesBy($userId, $shareType, $path = null, $reshares = false, $limit = 50, $offset = 0, bool $onlyValid = true): array {
		$shares = $this->store->sharedBy((string)$userId, (int)$shareType, $path instanceof Node ? $path->getId() : null);
		if ($onlyValid) {
			$shares = array_values(array_filter($shares, static fn (IShare $share): bool => !$share->isExpired()));
		}
		return array_slice($shares, (int)$offset, $limit === -1 ? null : (int)$limit);
	}

	/**
	 * The shares with $userId whose target is $path, or (with $forChildren) lies below it.
	 */
	public function getSharedWithByPath(string $userId, int $shareType, string $path, bool $forChildren, int $limit = 50, int $offset = 0): iterable {
		$path = rtrim($path, '/');
		$shares = array_values(array_filter(
			$this->store->sharedWith($userId, $shareType, null),
			static fn (IShare $share): bool => $forChildren
				? str_starts_with($share->getTarget(), $path . '/')
				: rtrim($share->getTarget(), '/') === $path,
		));
		return array_slice($shares, $offset, $limit === -1 ? null : $limit);
	}

	/**
	 * Added in 33 for files_sharing's own use; neither the app nor the demo asks a share for
	 * its users (the demo's shares are link and e-mail shares, which no account receives).
	 */
	public function getUsersForShare(IShare $share): iterable {
		throw UnusedApiException::for(__METHOD__);
	}

	public function getSharedWith($userId, $shareType, $node = null, $limit = 50, $offset = 0): array {
		$shares = $this->store->sharedWith((string)$userId, (int)$shareType, $node instanceof Node ? $node->getId() : null);
		return array_slice($shares, (int)$offset, $limit === -1 ? null : (int)$limit);
	}

	public function getDeletedSharedWith($userId, $shareType, $node = null, $limit = 50, $offset = 0): array {
		return [];
	}

	/**
	 * Full ids as Nextcloud has them: "ocinternal:12", "ocMailShare:13".
	 */
	public function getShareById($id, $recipient = null, bool $onlyValid = true): IShare {
		$parts = explode(':', (string)$id, 2);
		if (count($parts) !== 2 || !ctype_digit($parts[1])) {
			throw new ShareNotFound('Share not found');
		}
		$share = $this->store->byId((int)$parts[1]);
		if (ShareStore::providerFor($share->getShareType()) !== $parts[0]) {
			throw new ShareNotFound('Share not found');
		}
		if ($onlyValid && $share->isExpired()) {
			throw new ShareNotFound('The requested share does not exist anymore');
		}
		return $share;
	}

	public function getShareByToken($token): IShare {
		$share = $this->store->byToken((string)$token);
		if ($share->isExpired()) {
			throw new ShareNotFound('The requested share does not exist anymore');
		}
		return $share;
	}

	public function checkPassword(IShare $share, $password): bool {
		if ($password === null || $share->getPassword() === null) {
			return false;
		}
		$expiration = $share->getPasswordExpirationTime();
		if ($expiration !== null && $expiration < new \DateTime()) {
			return false;
		}
		return $this->hasher->verify((string)$password, $share->getPassword());
	}

	public function userDeleted($uid): void {
	}

	public function groupDeleted($gid): void {
	}

	public function userDeletedFromGroup($uid, $gid): void {
	}

	public function getAccessList(Node $path, $recursive = true, $currentAccess = false): array {
		return ['users' => [], 'remote' => false, 'public' => false, 'mail' => []];
	}

	public function newShare(): IShare {
		return new DemoShare($this->files);
	}

	public function shareApiEnabled(): bool {
		return true;
	}

	public function shareApiAllowLinks(?IUser $user = null): bool {
		return true;
	}

	public function shareApiLinkEnforcePassword(bool $checkGroupMembership = true): bool {
		return false;
	}

	public function shareApiLinkDefaultExpireDate(): bool {
		return false;
	}

	public function shareApiLinkDefaultExpireDateEnforced(): bool {
		return false;
	}

	public function shareApiLinkDefaultExpireDays(): int {
		return 7;
	}

	public function shareApiInternalDefaultExpireDate(): bool {
		return false;
	}

	public function shareApiRemoteDefaultExpireDate(): bool {
		return false;
	}

	public function shareApiInternalDefaultExpireDateEnforced(): bool {
		return false;
	}

	public function shareApiRemoteDefaultExpireDateEnforced(): bool {
		return false;
	}

	public function shareApiInternalDefaultExpireDays(): int {
		return 7;
	}

	public function shareApiRemoteDefaultExpireDays(): int {
		return 7;
	}

	public function shareApiLinkAllowPublicUpload(): bool {
		return true;
	}

	public function shareWithGroupMembersOnly(): bool {
		return false;
	}

	public function shareWithGroupMembersOnlyExcludeGroupsList(): array {
		return [];
	}

	public function allowGroupSharing(): bool {
		return true;
	}

	public function allowEnumeration(): bool {
		return true;
	}

	public function limitEnumerationToGroups(): bool {
		return false;
	}

	public function limitEnumerationToPhone(): bool {
		return false;
	}

	public function allowEnumerationFullMatch(): bool {
		return true;
	}

	public function matchEmail(): bool {
		return true;
	}

	public function matchUserId(): bool {
		return true;
	}

	public function matchDisplayName(): bool {
		return true;
	}

	public function ignoreSecondDisplayName(): bool {
		return false;
	}

	public function allowCustomTokens(): bool {
		return false;
	}

	public function allowViewWithoutDownload(): bool {
		return true;
	}

	public function currentUserCanEnumerateTargetUser(?IUser $currentUser, IUser $targetUser): bool {
		return true;
	}

	public function sharingDisabledForUser($userId): bool {
		return false;
	}

	public function outgoingServer2ServerSharesAllowed(): bool {
		return false;
	}

	public function outgoingServer2ServerGroupSharesAllowed(): bool {
		return false;
	}

	public function shareProviderExists($shareType): bool {
		return in_array((int)$shareType, [IShare::TYPE_USER, IShare::TYPE_LINK, IShare::TYPE_EMAIL], true);
	}

	public function registerShareProvider(string $shareProviderClass): void {
	}

	public function getAllShares(): iterable {
		return $this->store->all();
	}

	public function generateToken(): string {
		return $this->random->generate(self::TOKEN_LENGTH, ISecureRandom::CHAR_HUMAN_READABLE);
	}

	/**
	 * @throws NotFoundException
	 */
	public function getSharesByPath(Node $path, $page = 0, $perPage = 50): array {
		return $this->store->sharedBy($this->files->get($path->getId())->owner, null, $path->getId());
	}
}

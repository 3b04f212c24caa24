<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\Share;

use OCP\Files\Folder;
use OCP\Files\Node;
use OCP\IUser;

/**
 * Signature stub of OCP\Share\IManager (since 9.0.0).
 */
interface IManager {
	/**
	 * @return IShare The share object
	 * @throws \Exception
	 */
	public function createShare(IShare $share);

	/**
	 * @return IShare The share object
	 * @throws \InvalidArgumentException
	 * @throws \OCP\HintException when the password policy rejects a new password
	 */
	public function updateShare(IShare $share);

	/** @throws \InvalidArgumentException */
	public function acceptShare(IShare $share, string $recipientId): IShare;

	/**
	 * @throws Exceptions\ShareNotFound
	 * @throws \InvalidArgumentException
	 */
	public function deleteShare(IShare $share);

	public function deleteFromSelf(IShare $share, $recipientId);

	/** @throws Exceptions\GenericShareException */
	public function restoreShare(IShare $share, string $recipientId): IShare;

	/** @return IShare */
	public function moveShare(IShare $share, $recipientId);

	/** @return IShare[][] */
	public function getSharesInFolder($userId, Folder $node, $reshares = false, $shallow = true);

	/** @return IShare[] */
	public function getSharesBy($userId, $shareType, $path = null, $reshares = false, $limit = 50, $offset = 0);

	/** @return IShare[] */
	public function getSharedWith($userId, $shareType, $node = null, $limit = 50, $offset = 0);

	/** @return IShare[] */
	public function getDeletedSharedWith($userId, $shareType, $node = null, $limit = 50, $offset = 0);

	/**
	 * @param string $id full id: "<providerId>:<internalId>", e.g. "ocinternal:42" or "ocMailShare:7"
	 * @param string|null $recipient userID of the recipient
	 * @return IShare
	 * @throws Exceptions\ShareNotFound
	 */
	public function getShareById($id, $recipient = null);

	/**
	 * @param string $token
	 * @return IShare
	 * @throws Exceptions\ShareNotFound
	 */
	public function getShareByToken($token);

	/**
	 * @param ?string $password
	 * @return bool
	 */
	public function checkPassword(IShare $share, $password);

	public function userDeleted($uid);

	public function groupDeleted($gid);

	public function userDeletedFromGroup($uid, $gid);

	/** @return array */
	public function getAccessList(Node $path, $recursive = true, $currentAccess = false);

	/** @return IShare */
	public function newShare();

	/** @return bool */
	public function shareApiEnabled();

	/** @return bool */
	public function shareApiAllowLinks();

	/** @return bool */
	public function shareApiLinkEnforcePassword(bool $checkGroupMembership = true);

	/** @return bool */
	public function shareApiLinkDefaultExpireDate();

	/** @return bool */
	public function shareApiLinkDefaultExpireDateEnforced();

	/** @return int */
	public function shareApiLinkDefaultExpireDays();

	public function shareApiInternalDefaultExpireDate(): bool;

	public function shareApiRemoteDefaultExpireDate(): bool;

	public function shareApiInternalDefaultExpireDateEnforced(): bool;

	public function shareApiRemoteDefaultExpireDateEnforced(): bool;

	public function shareApiInternalDefaultExpireDays(): int;

	public function shareApiRemoteDefaultExpireDays(): int;

	/** @return bool */
	public function shareApiLinkAllowPublicUpload();

	/** @return bool */
	public function shareWithGroupMembersOnly();

	/** @return array */
	public function shareWithGroupMembersOnlyExcludeGroupsList();

	/** @return bool */
	public function allowGroupSharing();

	public function allowEnumeration(): bool;

	public function limitEnumerationToGroups(): bool;

	public function limitEnumerationToPhone(): bool;

	public function allowEnumerationFullMatch(): bool;

	public function matchEmail(): bool;

	public function ignoreSecondDisplayName(): bool;

	public function currentUserCanEnumerateTargetUser(?IUser $currentUser, IUser $targetUser): bool;

	/** @return bool */
	public function sharingDisabledForUser($userId);

	/** @return bool */
	public function outgoingServer2ServerSharesAllowed();

	/** @return bool */
	public function outgoingServer2ServerGroupSharesAllowed();

	/** @return bool */
	public function shareProviderExists($shareType);

	public function registerShareProvider(string $shareProviderClass): void;

	public function getAllShares(): iterable;
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\Share;

use OCP\Files\Cache\ICacheEntry;
use OCP\Files\Node;

/**
 * Signature stub of OCP\Share\IShare (since 9.0.0), members as of Nextcloud 35-dev
 * (a superset of 33 and 34).
 */
interface IShare {
	public const TYPE_USER = 0;
	public const TYPE_GROUP = 1;
	/** @internal */
	public const TYPE_USERGROUP = 2;
	public const TYPE_LINK = 3;
	public const TYPE_EMAIL = 4;
	public const TYPE_REMOTE = 6;
	public const TYPE_CIRCLE = 7;
	public const TYPE_GUEST = 8;
	public const TYPE_REMOTE_GROUP = 9;
	public const TYPE_ROOM = 10;
	public const TYPE_DECK = 12;
	/** @internal */
	public const TYPE_DECK_USER = 13;
	/** @deprecated 33.0.0 */
	public const TYPE_SCIENCEMESH = 15;

	public const STATUS_PENDING = 0;
	public const STATUS_ACCEPTED = 1;
	public const STATUS_REJECTED = 2;

	/** @throws Exceptions\IllegalIDChangeException */
	public function setId(string $id): self;

	public function getId(): string;

	/** @throws \UnexpectedValueException If the fullId could not be constructed */
	public function getFullId(): string;

	/** @throws Exceptions\IllegalIDChangeException */
	public function setProviderId(string $id): self;

	/** @since 35.0.0 */
	public function getProviderId(): string;

	public function setNode(Node $node): self;

	/** @throws \OCP\Files\NotFoundException */
	public function getNode(): Node;

	/** @return IShare */
	public function setNodeId($fileId);

	public function getNodeId(): int;

	/** @return IShare */
	public function setNodeType($type);

	/** @return string */
	public function getNodeType();

	/** @return IShare */
	public function setShareType($shareType);

	/** @return self::TYPE_* */
	public function getShareType();

	/** @return IShare */
	public function setSharedWith($sharedWith);

	/** @return string */
	public function getSharedWith();

	/** @return IShare */
	public function setSharedWithDisplayName($displayName);

	/** @return string */
	public function getSharedWithDisplayName();

	/** @return IShare */
	public function setSharedWithAvatar($src);

	/** @return string */
	public function getSharedWithAvatar();

	/** @return IShare */
	public function setPermissions($permissions);

	/** @return int */
	public function getPermissions();

	public function newAttributes(): IAttributes;

	/** @return IShare */
	public function setAttributes(?IAttributes $attributes);

	public function getAttributes(): ?IAttributes;

	public function setStatus(int $status): IShare;

	public function getStatus(): ?int;

	/** @return IShare */
	public function setNote($note);

	/** @return string */
	public function getNote();

	/** @return IShare */
	public function setExpirationDate(?\DateTime $expireDate);

	/** @return \DateTime|null */
	public function getExpirationDate();

	/** @return IShare */
	public function setNoExpirationDate(bool $noExpirationDate);

	/** @return bool */
	public function getNoExpirationDate();

	/** @return bool */
	public function isExpired();

	/** @return IShare */
	public function setLabel($label);

	/** @return string */
	public function getLabel();

	/** @return IShare */
	public function setSharedBy($sharedBy);

	/** @return string */
	public function getSharedBy();

	/** @return IShare */
	public function setShareOwner($shareOwner);

	/** @return string */
	public function getShareOwner();

	/**
	 * Plain text when set by a caller; the share manager hashes it on create/update.
	 *
	 * @param string|null $password
	 * @return IShare
	 */
	public function setPassword($password);

	/**
	 * Hashed when the share comes from a share provider.
	 *
	 * @return string|null
	 */
	public function getPassword();

	/** @since 35.0.0 */
	public function isPasswordProtected(): bool;

	public function setPasswordExpirationTime(?\DateTimeInterface $passwordExpirationTime = null): IShare;

	public function getPasswordExpirationTime(): ?\DateTimeInterface;

	/** @return IShare */
	public function setSendPasswordByTalk(bool $sendPasswordByTalk);

	public function getSendPasswordByTalk(): bool;

	/** @return IShare */
	public function setToken($token);

	/** @return string */
	public function getToken();

	public function setParent(int $parent): self;

	public function getParent(): ?int;

	/** @return IShare */
	public function setTarget($target);

	/** @since 33.0.0 */
	public function getOriginalTarget(): ?string;

	/** @return string */
	public function getTarget();

	/** @return IShare */
	public function setShareTime(\DateTime $shareTime);

	/** @return \DateTime */
	public function getShareTime();

	/** @return IShare */
	public function setMailSend($mailSend);

	/** @return bool */
	public function getMailSend();

	/** @return void */
	public function setNodeCacheEntry(ICacheEntry $entry);

	/** @return null|ICacheEntry */
	public function getNodeCacheEntry();

	public function setHideDownload(bool $hide): IShare;

	public function getHideDownload(): bool;

	public function setReminderSent(bool $reminderSent): IShare;

	public function getReminderSent(): bool;

	/** @since 32.0.0 */
	public function canSeeContent(): bool;

	/** @since 34.0.0 */
	public function canDownload(): bool;
}

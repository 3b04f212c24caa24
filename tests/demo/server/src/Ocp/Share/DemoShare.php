<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Share;

use OCA\VideoVerification\Demo\Storage\FileStore;
use OCP\Files\Cache\ICacheEntry;
use OCP\Files\Node;
use OCP\Files\NotFoundException;
use OCP\Share\Exceptions\IllegalIDChangeException;
use OCP\Share\IAttributes;
use OCP\Share\IShare;

/**
 * A share as the demo share store keeps it; mirrors Nextcloud's Share20\Share
 * (the password is the hash once the share comes from the store).
 */
final class DemoShare implements IShare {
	private ?string $id = null;
	private ?string $providerId = null;
	private ?int $nodeId = null;
	private ?string $nodeType = null;
	private ?int $shareType = null;
	private ?string $sharedWith = null;
	private ?string $sharedWithDisplayName = null;
	private ?string $sharedWithAvatar = null;
	private int $permissions = 0;
	private ?IAttributes $attributes = null;
	/** oc_share.accepted, 0 (pending) for link and e-mail shares as DefaultShareProvider reads it */
	private int $status = IShare::STATUS_PENDING;
	private string $note = '';
	private ?\DateTime $expireDate = null;
	private bool $noExpirationDate = false;
	private string $label = '';
	private ?string $sharedBy = null;
	private ?string $shareOwner = null;
	private ?string $password = null;
	private ?\DateTimeInterface $passwordExpirationTime = null;
	private bool $sendPasswordByTalk = false;
	private ?string $token = null;
	private ?int $parent = null;
	private ?string $target = null;
	private ?string $originalTarget = null;
	private ?\DateTime $shareTime = null;
	private bool $mailSend = false;
	private ?ICacheEntry $nodeCacheEntry = null;
	private bool $hideDownload = false;
	private bool $reminderSent = false;
	private ?Node $node = null;

	public function __construct(
		private readonly FileStore $files,
	) {
	}

	/**
	 * Untyped as in 33's IShare (34 types it string); an int id is taken as its string, as
	 * OC\Share20\Share::setId does.
	 */
	public function setId($id): self {
		if (is_int($id)) {
			$id = (string)$id;
		}
		if (!is_string($id)) {
			throw new \InvalidArgumentException('String expected.');
		}
		if ($this->id !== null) {
			throw new IllegalIDChangeException('Not allowed to assign a new internal id to a share');
		}
		$this->id = $id;
		return $this;
	}

	public function getId(): string {
		return $this->id ?? '';
	}

	public function getFullId(): string {
		if ($this->providerId === null || $this->id === null) {
			throw new \UnexpectedValueException();
		}
		return $this->providerId . ':' . $this->id;
	}

	public function setProviderId($id): self {
		if (!is_string($id)) {
			throw new \InvalidArgumentException('String expected.');
		}
		if ($this->providerId !== null) {
			throw new IllegalIDChangeException('Not allowed to assign a new provider id to a share');
		}
		$this->providerId = $id;
		return $this;
	}

	public function getProviderId(): string {
		return $this->providerId ?? '';
	}

	public function setNode(Node $node): self {
		$this->node = $node;
		$this->nodeId = $node->getId();
		return $this;
	}

	public function getNode(): Node {
		if ($this->node === null) {
			if ($this->nodeId === null) {
				throw new NotFoundException('Share source not found');
			}
			$this->node = $this->files->node($this->nodeId);
		}
		return $this->node;
	}

	public function setNodeId($fileId) {
		$this->node = null;
		$this->nodeId = (int)$fileId;
		return $this;
	}

	public function getNodeId(): int {
		if ($this->nodeId === null) {
			throw new NotFoundException('Share source not found');
		}
		return $this->nodeId;
	}

	public function setNodeType($type) {
		if ($type !== 'file' && $type !== 'folder') {
			throw new \InvalidArgumentException();
		}
		$this->nodeType = $type;
		return $this;
	}

	public function getNodeType() {
		if ($this->nodeType === null) {
			$this->nodeType = $this->files->get($this->getNodeId())->type();
		}
		return $this->nodeType;
	}

	public function setShareType($shareType) {
		$this->shareType = (int)$shareType;
		return $this;
	}

	public function getShareType() {
		return $this->shareType;
	}

	public function setSharedWith($sharedWith) {
		if (!is_string($sharedWith)) {
			throw new \InvalidArgumentException();
		}
		$this->sharedWith = $sharedWith;
		return $this;
	}

	public function getSharedWith() {
		return $this->sharedWith;
	}

	public function setSharedWithDisplayName($displayName) {
		$this->sharedWithDisplayName = $displayName;
		return $this;
	}

	public function getSharedWithDisplayName() {
		return $this->sharedWithDisplayName;
	}

	public function setSharedWithAvatar($src) {
		$this->sharedWithAvatar = $src;
		return $this;
	}

	public function getSharedWithAvatar() {
		return $this->sharedWithAvatar;
	}

	public function setPermissions($permissions) {
		$this->permissions = (int)$permissions;
		return $this;
	}

	public function getPermissions() {
		return $this->permissions;
	}

	public function newAttributes(): IAttributes {
		return new DemoShareAttributes();
	}

	public function setAttributes(?IAttributes $attributes) {
		$this->attributes = $attributes;
		return $this;
	}

	public function getAttributes(): ?IAttributes {
		return $this->attributes;
	}

	public function setStatus(int $status): IShare {
		$this->status = $status;
		return $this;
	}

	public function getStatus(): int {
		return $this->status;
	}

	public function setNote($note) {
		$this->note = (string)$note;
		return $this;
	}

	public function getNote() {
		return $this->note;
	}

	public function setExpirationDate(?\DateTime $expireDate) {
		$this->expireDate = $expireDate;
		return $this;
	}

	public function getExpirationDate() {
		return $this->expireDate;
	}

	public function setNoExpirationDate(bool $noExpirationDate) {
		$this->noExpirationDate = $noExpirationDate;
		return $this;
	}

	public function getNoExpirationDate() {
		return $this->noExpirationDate;
	}

	public function isExpired() {
		return $this->expireDate !== null && $this->expireDate <= new \DateTime();
	}

	public function setLabel($label) {
		$this->label = (string)$label;
		return $this;
	}

	public function getLabel() {
		return $this->label;
	}

	public function setSharedBy($sharedBy) {
		$this->sharedBy = $sharedBy;
		return $this;
	}

	public function getSharedBy() {
		return $this->sharedBy;
	}

	public function setShareOwner($shareOwner) {
		$this->shareOwner = $shareOwner;
		return $this;
	}

	public function getShareOwner() {
		return $this->shareOwner;
	}

	public function setPassword($password) {
		$this->password = $password;
		return $this;
	}

	public function getPassword() {
		return $this->password;
	}

	public function isPasswordProtected(): bool {
		return $this->password !== null && $this->password !== '';
	}

	public function setPasswordExpirationTime(?\DateTimeInterface $passwordExpirationTime = null): IShare {
		$this->passwordExpirationTime = $passwordExpirationTime;
		return $this;
	}

	public function getPasswordExpirationTime(): ?\DateTimeInterface {
		return $this->passwordExpirationTime;
	}

	public function setSendPasswordByTalk(bool $sendPasswordByTalk) {
		$this->sendPasswordByTalk = $sendPasswordByTalk;
		return $this;
	}

	public function getSendPasswordByTalk(): bool {
		return $this->sendPasswordByTalk;
	}

	public function setToken($token) {
		$this->token = $token;
		return $this;
	}

	public function getToken() {
		return $this->token;
	}

	public function setParent(int $parent): self {
		$this->parent = $parent;
		return $this;
	}

	public function getParent(): ?int {
		return $this->parent;
	}

	public function setTarget($target) {
		$this->originalTarget ??= $target;
		$this->target = $target;
		return $this;
	}

	public function getOriginalTarget(): ?string {
		return $this->originalTarget;
	}

	public function getTarget() {
		return $this->target;
	}

	public function setShareTime(\DateTime $shareTime) {
		$this->shareTime = $shareTime;
		return $this;
	}

	public function getShareTime() {
		return $this->shareTime;
	}

	public function setMailSend($mailSend) {
		$this->mailSend = (bool)$mailSend;
		return $this;
	}

	public function getMailSend() {
		return $this->mailSend;
	}

	public function setNodeCacheEntry(ICacheEntry $entry) {
		$this->nodeCacheEntry = $entry;
	}

	public function getNodeCacheEntry() {
		return $this->nodeCacheEntry;
	}

	public function setHideDownload(bool $hide): IShare {
		$this->hideDownload = $hide;
		return $this;
	}

	public function getHideDownload(): bool {
		return $this->hideDownload;
	}

	public function setReminderSent(bool $reminderSent): IShare {
		$this->reminderSent = $reminderSent;
		return $this;
	}

	public function getReminderSent(): bool {
		return $this->reminderSent;
	}

	public function canSeeContent(): bool {
		return true;
	}

	public function canDownload(): bool {
		return !$this->hideDownload;
	}
}

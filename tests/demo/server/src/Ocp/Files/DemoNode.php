<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Files;

use OCA\VideoVerification\Demo\Storage\FileRecord;
use OCA\VideoVerification\Demo\Storage\FileStore;
use OCA\VideoVerification\Demo\Ocp\UnusedApiException;
use OCP\Files\Cache\ICacheEntry;
use OCP\Files\Node;
use OCP\Files\NotPermittedException;

/**
 * A read-only view of a demo file as an OCP node (what IShare::getNode() hands out).
 */
final class DemoNode implements Node {
	public function __construct(
		private readonly FileRecord $file,
		private readonly FileStore $files,
	) {
	}

	public function getId() {
		return $this->file->id;
	}

	public function getName() {
		return $this->file->name;
	}

	public function getPath() {
		return '/' . $this->file->owner . '/files' . $this->file->path;
	}

	public function getInternalPath() {
		return 'files' . $this->file->path;
	}

	public function getMimetype(): string {
		return $this->file->mimetype;
	}

	public function getMimePart() {
		return explode('/', $this->file->mimetype)[0];
	}

	public function getSize($includeMounts = true) {
		return $this->file->size;
	}

	public function getMTime() {
		return $this->file->mtime;
	}

	public function getType() {
		return $this->file->isFolder() ? 'dir' : 'file';
	}

	public function getPermissions() {
		return $this->file->isFolder() ? 31 : 27;
	}

	public function isReadable() {
		return true;
	}

	public function isUpdateable() {
		return true;
	}

	public function isDeletable() {
		return true;
	}

	public function isShareable() {
		return true;
	}

	public function getParent() {
		return $this->files->node((int)$this->file->parent);
	}

	public function getParentId(): int {
		return (int)$this->file->parent;
	}

	public function getEtag() {
		return md5($this->file->id . ':' . $this->file->mtime);
	}

	public function getContent(): string {
		return $this->file->content;
	}

	public function getExtension(): string {
		return pathinfo($this->file->name, PATHINFO_EXTENSION);
	}

	public function getCreationTime(): int {
		return 0;
	}

	public function getUploadTime(): int {
		return 0;
	}

	public function getLastActivity(): int {
		return $this->file->mtime;
	}

	public function getMetadata(): array {
		return [];
	}

	public function isEncrypted() {
		return false;
	}

	public function isCreatable() {
		return $this->file->isFolder();
	}

	public function isShared() {
		return false;
	}

	public function isMounted() {
		return false;
	}

	public function getChecksum() {
		return '';
	}

	public function getOwner() {
		return null;
	}

	public function stat() {
		return ['mtime' => $this->file->mtime, 'size' => $this->file->size, 'etag' => $this->getEtag()];
	}

	// The demo has no locking provider: as with Nextcloud's NoopLockingProvider these do nothing.
	public function lock($type) {
	}

	public function changeLock($targetType) {
	}

	public function unlock($type) {
	}

	// The demo's files are fixtures: nothing moves, copies, touches or deletes them.
	public function move($targetPath) {
		throw new NotPermittedException('The demo\'s files are read-only');
	}

	public function copy($targetPath) {
		throw new NotPermittedException('The demo\'s files are read-only');
	}

	public function touch($mtime = null) {
		throw new NotPermittedException('The demo\'s files are read-only');
	}

	public function delete() {
		throw new NotPermittedException('The demo\'s files are read-only');
	}

	public function getStorage() {
		throw UnusedApiException::for(__METHOD__);
	}

	public function getMountPoint() {
		throw UnusedApiException::for(__METHOD__);
	}

	public function getData(): ICacheEntry {
		throw UnusedApiException::for(__METHOD__);
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Files;

use OCA\VideoVerification\Demo\Storage\FileRecord;
use OCA\VideoVerification\Demo\Storage\FileStore;
use OCP\Files\Node;

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

	public function getMimetype() {
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
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Storage;

/**
 * One file or folder of the demo's tiny file system (paths are relative to the owner's home).
 */
final class FileRecord {
	public const FOLDER_MIME = 'httpd/unix-directory';

	public function __construct(
		public readonly int $id,
		public readonly string $owner,
		public readonly ?int $parent,
		public readonly string $name,
		public readonly string $path,
		public readonly string $mimetype,
		public readonly int $size,
		public readonly int $mtime,
		public readonly string $content,
	) {
	}

	public function type(): string {
		return $this->mimetype === self::FOLDER_MIME ? 'folder' : 'file';
	}

	public function isFolder(): bool {
		return $this->type() === 'folder';
	}

	/**
	 * @return array{fileid: int, name: string, path: string, mime: string, size: int, mtime: int, owner: string}
	 */
	public function toInitialState(): array {
		return [
			'fileid' => $this->id,
			'name' => $this->name,
			'path' => $this->path,
			'mime' => $this->mimetype,
			'size' => $this->size,
			'mtime' => $this->mtime,
			'owner' => $this->owner,
		];
	}
}

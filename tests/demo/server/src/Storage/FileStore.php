<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Storage;

use OCA\VideoVerification\Demo\Ocp\Files\DemoNode;
use OCP\Files\Node;
use OCP\Files\NotFoundException;

/**
 * The demo's files: a handful of rows per user, each with a small content blob.
 */
final class FileStore {
	public function __construct(
		private readonly DemoDatabase $db,
	) {
	}

	/**
	 * @throws NotFoundException
	 */
	public function get(int $fileId): FileRecord {
		$rows = $this->db->select('SELECT * FROM demo_files WHERE fileid = ?', [$fileId]);
		if ($rows === []) {
			throw new NotFoundException('File ' . $fileId . ' not found');
		}
		return $this->toRecord($rows[0]);
	}

	/**
	 * @throws NotFoundException
	 */
	public function getByPath(string $owner, string $path): FileRecord {
		$normalized = '/' . trim($path, '/');
		$rows = $this->db->select('SELECT * FROM demo_files WHERE owner = ? AND path = ?', [$owner, $normalized]);
		if ($rows === []) {
			throw new NotFoundException('Path ' . $normalized . ' not found');
		}
		return $this->toRecord($rows[0]);
	}

	/**
	 * @return list<FileRecord>
	 */
	public function children(int $folderId): array {
		return array_map(
			fn (array $row) => $this->toRecord($row),
			$this->db->select('SELECT * FROM demo_files WHERE parent = ? ORDER BY name', [$folderId]),
		);
	}

	/**
	 * @throws NotFoundException
	 */
	public function node(int $fileId): Node {
		return new DemoNode($this->get($fileId), $this);
	}

	public function add(FileRecord $file): void {
		$this->db->execute(
			'INSERT INTO demo_files (fileid, owner, parent, name, path, mimetype, size, mtime, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
			[$file->id, $file->owner, $file->parent, $file->name, $file->path, $file->mimetype, $file->size, $file->mtime, $file->content],
		);
	}

	/**
	 * @param array<string, mixed> $row
	 */
	private function toRecord(array $row): FileRecord {
		return new FileRecord(
			(int)$row['fileid'],
			(string)$row['owner'],
			$row['parent'] === null ? null : (int)$row['parent'],
			(string)$row['name'],
			(string)$row['path'],
			(string)$row['mimetype'],
			(int)$row['size'],
			(int)$row['mtime'],
			(string)$row['content'],
		);
	}
}

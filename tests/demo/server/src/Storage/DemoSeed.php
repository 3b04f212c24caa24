<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Storage;

use OCP\Security\IHasher;
use OCP\Share\IShare;

/**
 * The demo data: alice's files and four shares with fixed ids and tokens.
 */
final class DemoSeed {
	public const CONTRACT_FILE_ID = 101;
	public const CONTRACT_TOKEN = 'DemoContract001';
	public const BANK_STATEMENT_TOKEN = 'DemoBankStmt003';
	public const BANK_STATEMENT_PASSWORD = 'Demo-password-1';

	public function __construct(
		private readonly DemoDatabase $db,
		private readonly FileStore $files,
		private readonly IHasher $hasher,
	) {
	}

	public function seed(): void {
		$now = time();
		$pdf = "%PDF-1.4\n% demo file of the Video Verification demo host\n%%EOF\n";
		$this->files->add(new FileRecord(100, 'alice', null, '', '/', FileRecord::FOLDER_MIME, 0, $now, ''));
		$this->files->add(new FileRecord(self::CONTRACT_FILE_ID, 'alice', 100, 'Contract.pdf', '/Contract.pdf', 'application/pdf', strlen($pdf), $now, $pdf));
		$this->files->add(new FileRecord(102, 'alice', 100, 'Medical report.pdf', '/Medical report.pdf', 'application/pdf', strlen($pdf), $now, $pdf));
		$this->files->add(new FileRecord(103, 'alice', 100, 'Bank statement.pdf', '/Bank statement.pdf', 'application/pdf', strlen($pdf), $now, $pdf));
		$notes = "Notes of the demo.\n";
		$this->files->add(new FileRecord(104, 'alice', 100, 'Notes.txt', '/Notes.txt', 'text/plain', strlen($notes), $now, $notes));
		$this->files->add(new FileRecord(105, 'alice', 100, 'Case files', '/Case files', FileRecord::FOLDER_MIME, 0, $now, ''));

		$this->share(1, IShare::TYPE_LINK, null, 101, 'file', '/Contract.pdf', 17, self::CONTRACT_TOKEN, null, $now);
		$this->share(2, IShare::TYPE_EMAIL, 'carol@example.com', 102, 'file', '/Medical report.pdf', 1, 'DemoMedical0002', null, $now);
		$this->share(3, IShare::TYPE_LINK, null, 103, 'file', '/Bank statement.pdf', 17, self::BANK_STATEMENT_TOKEN, $this->hasher->hash(self::BANK_STATEMENT_PASSWORD), $now);
		$this->share(4, IShare::TYPE_USER, 'bob', 104, 'file', '/Notes.txt', 19, null, null, $now);
	}

	private function share(int $id, int $type, ?string $shareWith, int $fileId, string $itemType, string $target, int $permissions, ?string $token, ?string $password, int $now): void {
		$this->db->execute(
			'INSERT INTO demo_shares (id, share_type, share_with, uid_owner, uid_initiator, file_source, item_type, file_target, permissions, token, password, password_by_talk, stime, mail_send) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)',
			[$id, $type, $shareWith, 'alice', 'alice', $fileId, $itemType, $target, $permissions, $token, $password, $now, $type === IShare::TYPE_EMAIL ? 1 : 0],
		);
	}
}

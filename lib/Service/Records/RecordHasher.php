<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Records;

use OCA\VideoVerification\Db\RecordChainMapper;

/**
 * A record's hash: SHA-256 over the previous record's hash, the record's place in the
 * chain and its facts as stored (RecordChainMapper::HASHED_COLUMNS, every value as text
 * or null so that every database's driver gives the same bytes).
 *
 * Not covered, because they change after a record is final: share_deleted_at (the share
 * is deleted later), the callback columns (a recipient may ask for a callback after an
 * unanswered request ended) and the session/secret hashes (keyed, not facts of the record).
 */
class RecordHasher {
	/**
	 * @param array<string, mixed> $row at least the HASHED_COLUMNS
	 */
	public function hash(string $previousHash, int $seq, array $row): string {
		$facts = [];
		foreach (RecordChainMapper::HASHED_COLUMNS as $column) {
			$value = $row[$column] ?? null;
			$facts[] = $value === null ? null : (string)$value;
		}
		return hash('sha256', $previousHash . "\n" . $seq . "\n" . json_encode($facts, JSON_THROW_ON_ERROR | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES));
	}
}

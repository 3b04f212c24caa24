<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Records;

use OCA\VideoVerification\Db\CallMedia;
use OCA\VideoVerification\Db\VerificationRequest;
use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCP\DB\Exception;

/**
 * Every verification record as CSV (RFC 4180: comma, CRLF, quoted where needed; UTF-8
 * with a byte order mark so spreadsheets read names right), oldest first. Reads the
 * table in keyset pages and yields one chunk per page, so memory stays flat however
 * many records there are. Times are UTC, ISO 8601.
 */
class RecordCsvExport {
	public const PAGE = 500;
	public const BOM = "\xEF\xBB\xBF";
	public const COLUMNS = [
		'request_id', 'share_id', 'file_id', 'file_name', 'requester_name', 'share_sent_to',
		'status', 'mode', 'created_at', 'expires_at', 'answered_at', 'decided_at', 'decided_by',
		'face_matches_id', 'id_features_checked', 'known_person', 'note', 'released_by',
		'first_used_at', 'share_deleted_at', 'verified_by', 'id_checks_asked', 'id_checks_confirmed',
		'chain_seq', 'record_hash',
	];

	public function __construct(
		private VerificationRequestMapper $mapper,
	) {
	}

	/**
	 * @param int|null $createdSince only records created at or after this unix time
	 * @return \Generator<int, string> the header line, then one chunk of lines per page
	 * @throws Exception
	 */
	public function chunks(int $now, ?int $createdSince = null): \Generator {
		yield self::BOM . CsvCell::line(self::COLUMNS);
		$afterId = 0;
		do {
			$page = $this->mapper->findPage($afterId, self::PAGE, $createdSince);
			$chunk = '';
			foreach ($page as $id => $request) {
				$afterId = $id;
				$chunk .= CsvCell::line($this->fields($request, $now));
			}
			if ($chunk !== '') {
				yield $chunk;
			}
		} while (count($page) === self::PAGE);
	}

	/**
	 * @return list<string>
	 */
	private function fields(VerificationRequest $request, int $now): array {
		$time = static fn (?int $unix): string => $unix === null ? '' : gmdate('Y-m-d\TH:i:s\Z', $unix);
		$flag = static fn (?bool $value): string => $value === null ? '' : ($value ? 'yes' : 'no');
		$checklist = $request->checklist;
		return [
			$request->requestId,
			(string)$request->shareId,
			(string)$request->fileId,
			$request->fileName,
			$request->requesterName,
			$request->requesterEmail ?? '',
			$request->statusAt($now)->value,
			$request->mode->value,
			$time($request->createdAt),
			$time($request->expiresAt),
			$time($request->answeredAt),
			$time($request->decidedAt),
			$request->decidedBy ?? '',
			$flag($checklist?->faceMatchesId),
			$flag($checklist?->idFeaturesChecked),
			$flag($checklist?->knownPerson),
			$checklist?->note ?? '',
			$request->releasedBy?->value ?? '',
			$time($request->firstUsedAt),
			$time($request->shareDeletedAt),
			match ($request->callMedia) {
				CallMedia::Video => 'video',
				CallMedia::Audio => 'audio only',
				null => '',
			},
			// Prompt keys, stable across languages and versions (IdCheckPrompts)
			implode(' ', $request->idCheck?->prompts ?? []),
			implode(' ', $checklist?->idChecksConfirmed ?? []),
			$request->chainSeq === null ? '' : (string)$request->chainSeq,
			$request->recordHash ?? '',
		];
	}
}

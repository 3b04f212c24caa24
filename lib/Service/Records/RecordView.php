<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Records;

use OCA\VideoVerification\Db\VerificationRequest;
use OCA\VideoVerification\ResponseDefinitions;
use OCA\VideoVerification\Service\Decision\IdCheckPrompts;
use OCA\VideoVerification\Service\Request\RequestView;

/**
 * A request as the sharer sees it: the verification record.
 *
 * @psalm-import-type VideoVerificationRecord from ResponseDefinitions
 */
final class RecordView {
	public function __construct(
		private VerificationRequest $request,
		private int $now,
		private ?string $decidedByDisplayName,
		private IdCheckPrompts $prompts,
	) {
	}

	/**
	 * @return VideoVerificationRecord
	 */
	public function toArray(): array {
		$request = $this->request;
		return [
			'requestId' => $request->requestId,
			'shareId' => (string)$request->shareId,
			'fileId' => $request->fileId,
			'fileName' => $request->fileName,
			'requesterName' => $request->requesterName,
			'requesterEmail' => $request->requesterEmail,
			'code' => RequestView::displayCode($request->code),
			'status' => $request->statusAt($this->now)->value,
			'mode' => $request->mode->value,
			'createdAt' => $request->createdAt,
			'expiresAt' => $request->expiresAt,
			'answeredAt' => $request->answeredAt,
			'decidedAt' => $request->decidedAt,
			'decidedBy' => $request->decidedBy,
			'decidedByDisplayName' => $request->decidedBy === null ? null : $this->decidedByDisplayName,
			'checklist' => $request->checklist?->toArray(),
			'releasedBy' => $request->releasedBy?->value,
			'firstUsedAt' => $request->firstUsedAt,
			'shareDeleted' => $request->shareDeletedAt !== null,
			'idCheck' => $request->idCheck === null ? null : [
				'prompts' => array_map(fn (string $key): array => ['key' => $key, 'text' => $this->prompts->text($key)], $request->idCheck->prompts),
				'step' => $request->idCheck->step,
			],
			'callMedia' => $request->callMedia?->value,
		];
	}
}

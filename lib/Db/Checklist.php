<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Db;

/**
 * What the sharer noted when approving (all optional): stored as JSON with the record.
 */
final class Checklist {
	public const MAX_NOTE_LENGTH = 500;

	public function __construct(
		public readonly bool $faceMatchesId = false,
		public readonly bool $idFeaturesChecked = false,
		public readonly bool $knownPerson = false,
		public readonly string $note = '',
		/** @var list<string> keys of the ID check's prompts the sharer saw done (a subset of those asked) */
		public readonly array $idChecksConfirmed = [],
	) {
	}

	/**
	 * @return array{faceMatchesId: bool, idFeaturesChecked: bool, knownPerson: bool, note: string, idChecksConfirmed: list<string>}
	 */
	public function toArray(): array {
		return [
			'faceMatchesId' => $this->faceMatchesId,
			'idFeaturesChecked' => $this->idFeaturesChecked,
			'knownPerson' => $this->knownPerson,
			'note' => $this->note,
			'idChecksConfirmed' => $this->idChecksConfirmed,
		];
	}

	public function toJson(): string {
		return json_encode($this->toArray(), JSON_THROW_ON_ERROR | JSON_UNESCAPED_UNICODE);
	}

	/**
	 * Reads what toJson() wrote; anything else is no checklist.
	 */
	public static function fromJson(?string $json): ?self {
		if ($json === null || $json === '') {
			return null;
		}
		$data = json_decode($json, true);
		if (!is_array($data)) {
			return null;
		}
		return new self(
			($data['faceMatchesId'] ?? false) === true,
			($data['idFeaturesChecked'] ?? false) === true,
			($data['knownPerson'] ?? false) === true,
			is_string($data['note'] ?? null) ? $data['note'] : '',
			is_array($data['idChecksConfirmed'] ?? null) ? array_values(array_filter($data['idChecksConfirmed'], 'is_string')) : [],
		);
	}
}

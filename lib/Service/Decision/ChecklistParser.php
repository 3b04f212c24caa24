<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Decision;

use OCA\VideoVerification\Db\Checklist;
use OCA\VideoVerification\Exception\InvalidRequestBodyException;
use OCP\IL10N;

/**
 * Reads the optional checklist of an approval: three booleans, a note and the ID check's
 * prompts the sharer saw done, all optional, nothing else (RequestDecisionService checks
 * those prompts against the ones asked).
 */
class ChecklistParser {
	private const FLAGS = ['faceMatchesId', 'idFeaturesChecked', 'knownPerson'];

	public function __construct(
		private IL10N $l10n,
	) {
	}

	/**
	 * @throws InvalidRequestBodyException
	 */
	public function parse(mixed $checklist): ?Checklist {
		if ($checklist === null) {
			return null;
		}
		if (!is_array($checklist) || ($checklist !== [] && array_is_list($checklist))) {
			throw $this->invalid();
		}
		$unknown = array_diff(array_keys($checklist), [...self::FLAGS, 'note', 'idChecksConfirmed']);
		if ($unknown !== []) {
			throw $this->invalid();
		}
		foreach (self::FLAGS as $flag) {
			if (array_key_exists($flag, $checklist) && !is_bool($checklist[$flag])) {
				throw $this->invalid();
			}
		}
		$note = $checklist['note'] ?? '';
		if (!is_string($note) || !mb_check_encoding($note, 'UTF-8') || mb_strlen($note, 'UTF-8') > Checklist::MAX_NOTE_LENGTH) {
			throw new InvalidRequestBodyException($this->l10n->t('The note may have at most %d characters.', [Checklist::MAX_NOTE_LENGTH]));
		}
		$confirmed = $checklist['idChecksConfirmed'] ?? [];
		if (!is_array($confirmed) || !array_is_list($confirmed) || count($confirmed) > IdCheckDraw::COUNT) {
			throw $this->invalid();
		}
		foreach ($confirmed as $key) {
			if (!is_string($key)) {
				throw $this->invalid();
			}
		}
		return new Checklist(
			$checklist['faceMatchesId'] ?? false,
			$checklist['idFeaturesChecked'] ?? false,
			$checklist['knownPerson'] ?? false,
			trim($note),
			array_values(array_unique($confirmed)),
		);
	}

	private function invalid(): InvalidRequestBodyException {
		return new InvalidRequestBodyException($this->l10n->t('The checklist has fields of the wrong type or fields it cannot have.'));
	}
}

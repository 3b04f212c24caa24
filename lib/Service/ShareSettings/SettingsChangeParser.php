<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\ShareSettings;

use OCA\VideoVerification\Db\VerificationMode;
use OCA\VideoVerification\Exception\InvalidBodyException;
use OCP\IL10N;

/**
 * Turns the raw request parameters into a SettingsChange, or says precisely what is wrong.
 */
class SettingsChangeParser {
	/** Longer than any password a person types; bounds the work of hashing. */
	public const MAX_PASSWORD_LENGTH = 1024;

	public function __construct(
		private IL10N $l10n,
	) {
	}

	/**
	 * @param mixed $enabled required: true or false (form-encoded bodies may send "true"/"false")
	 * @param mixed $mode optional: "approve" (default) or "password"
	 * @param mixed $password optional: a non-empty string; "" counts as absent
	 * @throws InvalidBodyException
	 */
	public function parse(mixed $enabled, mixed $mode, #[\SensitiveParameter] mixed $password): SettingsChange {
		return new SettingsChange(
			$this->parseEnabled($enabled),
			$this->parseMode($mode),
			$this->parsePassword($password),
		);
	}

	private function parseEnabled(mixed $enabled): bool {
		return match ($enabled) {
			true, 'true' => true,
			false, 'false' => false,
			default => throw new InvalidBodyException($this->l10n->t('The field "enabled" is required and must be true or false.')),
		};
	}

	private function parseMode(mixed $mode): VerificationMode {
		if ($mode === null) {
			return VerificationMode::Approve;
		}
		$parsed = is_string($mode) ? VerificationMode::tryFrom($mode) : null;
		if ($parsed === null) {
			throw new InvalidBodyException($this->l10n->t('The field "mode" must be "approve" or "password".'));
		}
		return $parsed;
	}

	private function parsePassword(#[\SensitiveParameter] mixed $password): ?string {
		if ($password === null || $password === '') {
			return null;
		}
		if (!is_string($password)) {
			throw new InvalidBodyException($this->l10n->t('The field "password" must be a string.'));
		}
		if (strlen($password) > self::MAX_PASSWORD_LENGTH) {
			throw new InvalidBodyException($this->l10n->t('The password is too long.'));
		}
		return $password;
	}
}

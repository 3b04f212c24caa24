<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Policy;

use OCA\VideoVerification\Db\VerificationMode;
use OCA\VideoVerification\Exception\InvalidBodyException;
use OCP\IGroupManager;
use OCP\IL10N;

/**
 * Turns the admin API's PUT body into a PolicySettings, or says precisely what is wrong.
 * Every field is required (the page always sends the whole policy), except
 * allowCallsWithoutVideo, added later: absent means off, its default.
 */
class AdminSettingsParser {
	/** More groups than any admin picks by hand; bounds the work per request. */
	public const MAX_GROUPS = 500;

	public function __construct(
		private IGroupManager $groupManager,
		private IL10N $l10n,
	) {
	}

	/**
	 * @throws InvalidBodyException
	 */
	public function parse(mixed $usableBy, mixed $allowedGroups, mixed $requiredGroups, mixed $defaultMode, mixed $requestTtlMinutes, mixed $grantTtlMinutes, mixed $retentionDays, mixed $allowCallsWithoutVideo = false): PolicySettings {
		if (!in_array($usableBy, [PolicySettings::USABLE_BY_EVERYONE, PolicySettings::USABLE_BY_GROUPS], true)) {
			throw new InvalidBodyException($this->l10n->t('The field "usableBy" must be "everyone" or "groups".'));
		}
		$allowed = $this->groups('allowedGroups', $allowedGroups);
		if ($usableBy === PolicySettings::USABLE_BY_GROUPS && $allowed === []) {
			throw new InvalidBodyException($this->l10n->t('Choose at least one group that may use video verification.'));
		}
		$required = $this->groups('requiredGroups', $requiredGroups);
		$mode = is_string($defaultMode) ? VerificationMode::tryFrom($defaultMode) : null;
		if ($mode === null) {
			throw new InvalidBodyException($this->l10n->t('The field "defaultMode" must be "approve" or "password".'));
		}
		if (!is_bool($allowCallsWithoutVideo)) {
			throw new InvalidBodyException($this->l10n->t('The field "allowCallsWithoutVideo" must be true or false.'));
		}
		return new PolicySettings(
			$usableBy,
			$allowed,
			$required,
			$mode,
			$this->integer('requestTtlMinutes', $requestTtlMinutes, AdminPolicy::MIN_REQUEST_TTL_MINUTES, AdminPolicy::MAX_REQUEST_TTL_MINUTES),
			$this->integer('grantTtlMinutes', $grantTtlMinutes, 0, AdminPolicy::MAX_GRANT_TTL_MINUTES),
			$this->integer('retentionDays', $retentionDays, 0, AdminPolicy::MAX_RETENTION_DAYS),
			$allowCallsWithoutVideo,
		);
	}

	/**
	 * @return list<string>
	 * @throws InvalidBodyException
	 */
	private function groups(string $field, mixed $value): array {
		if (!is_array($value) || !array_is_list($value) || count($value) > self::MAX_GROUPS) {
			throw new InvalidBodyException($this->l10n->t('The field "%1$s" must be a list of group ids.', [$field]));
		}
		$groups = [];
		foreach ($value as $gid) {
			if (!is_string($gid) || $gid === '') {
				throw new InvalidBodyException($this->l10n->t('The field "%1$s" must be a list of group ids.', [$field]));
			}
			if (!$this->groupManager->groupExists($gid)) {
				throw new InvalidBodyException($this->l10n->t('The group "%1$s" does not exist.', [$gid]));
			}
			$groups[] = $gid;
		}
		// Not array_keys: PHP would turn a group id like "42" into an int
		return array_values(array_unique($groups));
	}

	/**
	 * @throws InvalidBodyException
	 */
	private function integer(string $field, mixed $value, int $min, int $max): int {
		// Whole numbers only; a JSON 15.0 or "15" is a mistake of the caller, not a value
		if (!is_int($value) || $value < $min || $value > $max) {
			throw new InvalidBodyException($this->l10n->t('The field "%1$s" must be a whole number from %2$d to %3$d.', [$field, $min, $max]));
		}
		return $value;
	}
}

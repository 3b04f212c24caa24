<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Policy;

use OCA\VideoVerification\Db\VerificationMode;

/**
 * The administrator's policy, validated (see AdminSettingsParser), as the admin API shows it.
 */
final class PolicySettings {
	public const USABLE_BY_EVERYONE = 'everyone';
	public const USABLE_BY_GROUPS = 'groups';

	/**
	 * @param self::USABLE_BY_* $usableBy
	 * @param list<string> $allowedGroups who may use the option when $usableBy is 'groups'
	 * @param list<string> $requiredGroups whose link and e-mail shares must be verified
	 * @param int $grantTtlMinutes 0: the grant lasts until the browser session ends
	 * @param int $retentionDays 0: records are kept forever
	 */
	public function __construct(
		public readonly string $usableBy,
		public readonly array $allowedGroups,
		public readonly array $requiredGroups,
		public readonly VerificationMode $defaultMode,
		public readonly int $requestTtlMinutes,
		public readonly int $grantTtlMinutes,
		public readonly int $retentionDays,
		/** a recipient without a camera (or who refuses it) may call with audio only */
		public readonly bool $allowCallsWithoutVideo = false,
	) {
	}

	/**
	 * @return array{usableBy: 'everyone'|'groups', allowedGroups: list<string>, requiredGroups: list<string>, defaultMode: 'approve'|'password', requestTtlMinutes: int, grantTtlMinutes: int, retentionDays: int, allowCallsWithoutVideo: bool}
	 */
	public function toArray(): array {
		return [
			'usableBy' => $this->usableBy,
			'allowedGroups' => $this->allowedGroups,
			'requiredGroups' => $this->requiredGroups,
			'defaultMode' => $this->defaultMode->value,
			'requestTtlMinutes' => $this->requestTtlMinutes,
			'grantTtlMinutes' => $this->grantTtlMinutes,
			'retentionDays' => $this->retentionDays,
			'allowCallsWithoutVideo' => $this->allowCallsWithoutVideo,
		];
	}
}

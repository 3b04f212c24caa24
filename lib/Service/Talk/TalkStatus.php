<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Talk;

/**
 * What the admin page shows about Nextcloud Talk (initial state "talk_status").
 */
final class TalkStatus implements \JsonSerializable {
	public function __construct(
		public readonly bool $installed,
		public readonly bool $enabledForAll,
		public readonly ?string $version,
	) {
	}

	/**
	 * @return array{installed: bool, enabledForAll: bool, version: ?string}
	 */
	public function jsonSerialize(): array {
		return [
			'installed' => $this->installed,
			'enabledForAll' => $this->enabledForAll,
			'version' => $this->version,
		];
	}
}

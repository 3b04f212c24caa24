<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk;

use OCP\Config\Lexicon\Entry;
use OCP\Config\Lexicon\ILexicon;
use OCP\Config\Lexicon\Strictness;
use OCP\Config\ValueType;

/**
 * The app config entries of Talk's lib/ConfigLexicon.php that touch what we read: on spreed's
 * main branch (Talk 25, PR #18852) `stun_servers` and `turn_servers` are ValueType::ARRAY, so
 * Nextcloud's AppConfig refuses to read them as strings. Strictness IGNORE as upstream: keys
 * it does not declare ('signaling_servers', 'start_calls', ...) keep their stored type.
 */
final class TalkConfigLexicon implements ILexicon {
	public function getStrictness(): Strictness {
		return Strictness::IGNORE;
	}

	public function getAppConfigs(): array {
		return [
			new Entry('stun_servers', ValueType::ARRAY, [], definition: 'List of STUN servers ("host:port")'),
			new Entry('turn_servers', ValueType::ARRAY, [], definition: 'List of TURN servers {schemes, server, secret, protocols}'),
		];
	}

	public function getUserConfigs(): array {
		return [];
	}
}

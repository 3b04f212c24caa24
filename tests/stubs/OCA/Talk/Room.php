<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\Talk;

/**
 * Signature stub of spreed lib/Room.php: the getters our listener reads. Upstream's
 * constructor takes the whole database row (and services); this stub's own constructor
 * takes just what the getters return, for the Talk stand-in and the tests.
 */
class Room {
	public const TYPE_PUBLIC = 3;
	/** A room PublicShareAuthController creates for a share's "password by Talk"; the object id is the share token. */
	public const OBJECT_TYPE_VIDEO_VERIFICATION = 'share:password';

	public function __construct(
		private string $token,
		private int $type,
		private string $objectType,
		private string $objectId,
	) {
	}

	public function getToken(): string {
		return $this->token;
	}

	public function getType(): int {
		return $this->type;
	}

	public function getObjectType(): string {
		return $this->objectType;
	}

	public function getObjectId(): string {
		return $this->objectId;
	}
}

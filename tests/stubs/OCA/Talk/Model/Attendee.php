<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\Talk\Model;

/**
 * Signature stub of spreed lib/Model/Attendee.php. Upstream is an Entity whose getters are
 * magic (__call); the stub declares the ones we call, and its own constructor.
 */
class Attendee {
	public const ACTOR_USERS = 'users';
	public const ACTOR_GUESTS = 'guests';
	public const ACTOR_EMAILS = 'emails';

	public function __construct(
		private string $actorType,
		private string $actorId,
		private int $participantType,
	) {
	}

	public function getActorType(): string {
		return $this->actorType;
	}

	public function getActorId(): string {
		return $this->actorId;
	}

	public function getParticipantType(): int {
		return $this->participantType;
	}
}

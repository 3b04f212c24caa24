<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk\Service;

use OCA\VideoVerification\Demo\Talk\Model\Attendee;
use OCA\VideoVerification\Demo\Talk\Model\Room;
use OCP\IAppConfig;

/**
 * Talk's "who may start calls" (app config spreed/start_calls), as spreed decides it:
 * - 3 (nobody): InjectionMiddleware refuses every #[RequireCallEnabled] method, joinCall too,
 *   with CanNotUseTalkException (403) before anything else;
 * - otherwise Listener/RestrictStartingCalls lets anyone start the call in a public
 *   'share:password' room, and elsewhere asks Participant::canStartCall unless the call
 *   is already running.
 */
final class StartCallRule {
	public const START_CALL_EVERYONE = 0;
	public const START_CALL_USERS = 1;
	public const START_CALL_MODERATORS = 2;
	public const START_CALL_NOONE = 3;

	public function __construct(
		private readonly IAppConfig $appConfig,
	) {
	}

	public function callsEnabled(): bool {
		return $this->startCalls() !== self::START_CALL_NOONE;
	}

	public function mayStartOrJoin(Room $room, Attendee $attendee): bool {
		if ($room->type === Room::TYPE_PUBLIC && $room->objectType === Room::OBJECT_TYPE_VIDEO_VERIFICATION) {
			return true;
		}
		return $room->hasCall() || $this->canStartCall($attendee);
	}

	/** spreed Participant::canStartCall */
	private function canStartCall(Attendee $attendee): bool {
		$startCalls = $this->startCalls();
		if ($startCalls === self::START_CALL_NOONE || ($attendee->permissions() & Attendee::PERMISSIONS_CALL_START) === 0) {
			return false;
		}
		return match ($startCalls) {
			self::START_CALL_EVERYONE => true,
			self::START_CALL_USERS => !$attendee->isGuest() || $attendee->isModerator(),
			self::START_CALL_MODERATORS => $attendee->isModerator(),
			default => false,
		};
	}

	private function startCalls(): int {
		return (int)$this->appConfig->getValueString(SignalingConfig::APP, 'start_calls', (string)self::START_CALL_EVERYONE);
	}
}

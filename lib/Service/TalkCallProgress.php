<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service;

use OCA\VideoVerification\Db\VerificationRequest;
use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCA\VideoVerification\Db\VerificationRequestStatus;
use OCA\VideoVerification\Notification\RequestNotifications;
use OCP\AppFramework\Utility\ITimeFactory;

/**
 * The call's progress as Talk tells it (see TalkCallListener), never as the recipient's
 * page reports it:
 *
 * - Talk creates the request's room when the recipient's page asks for it (spreed
 *   PublicShareAuthController, object type "share:password", object id the share token), in
 *   the recipient's own HTTP request: the room is bound to the open request of that browser
 *   session for that share (a session has at most one).
 * - The recipient (a guest of the room) joins the call (silently: Talk sends no call
 *   notification): ringing, and our notification is sent again with "Answer call". Leaving
 *   it before anyone answered: back to requested.
 * - The sharer (the share's initiator or owner, a user of the room) joins the call while
 *   the recipient is in it: answered, once. Only then may the sharer approve, and the
 *   recipient type the share password.
 */
class TalkCallProgress {
	public const VIDEO_VERIFICATION_OBJECT_TYPE = 'share:password';
	private const FLAG_IN_CALL = 1;
	private const ACTOR_USERS = 'users';
	private const ACTOR_GUESTS = 'guests';

	public function __construct(
		private RequestAccess $access,
		private VerificationRequestMapper $mapper,
		private RequestTransitions $transitions,
		private RequestNotifications $notifications,
		private ITimeFactory $time,
	) {
	}

	public function roomCreated(string $roomToken, string $objectType, string $objectId): void {
		if ($objectType !== self::VIDEO_VERIFICATION_OBJECT_TYPE || $roomToken === '') {
			return;
		}
		$now = $this->time->getTime();
		foreach ($this->access->madeByCurrentSession() as $request) {
			$request = $this->transitions->settle($request, $now);
			if ($request->shareToken === $objectId && $request->status->isOpen() && $request->talkRoomToken === null) {
				$this->transitions->write($request, $request->with(['talkRoomToken' => $roomToken]));
			}
		}
	}

	public function callFlagsChanged(string $roomToken, string $actorType, string $actorId, int $flags): void {
		$request = $this->mapper->findByTalkRoom($roomToken);
		if ($request === null) {
			return;
		}
		$request = $this->transitions->settle($request, $this->time->getTime());
		if (!$request->status->isOpen()) {
			return;
		}
		$inCall = ($flags & self::FLAG_IN_CALL) !== 0;
		$next = match (true) {
			$actorType === self::ACTOR_GUESTS => $this->recipient($request, $inCall),
			$actorType === self::ACTOR_USERS && $this->isSharer($request, $actorId) => $this->sharer($request, $inCall),
			default => $request,
		};
		if ($next != $request && $this->transitions->write($request, $next)
			&& $next->status === VerificationRequestStatus::Ringing && $request->status !== VerificationRequestStatus::Ringing) {
			$this->notifications->notifyRinging($next, $this->time->getTime());
		}
	}

	private function recipient(VerificationRequest $request, bool $inCall): VerificationRequest {
		if ($inCall) {
			return $request->withStatus(VerificationRequestStatus::Ringing);
		}
		return $request->answeredAt === null ? $request->withStatus(VerificationRequestStatus::Requested) : $request;
	}

	private function sharer(VerificationRequest $request, bool $inCall): VerificationRequest {
		if (!$inCall || $request->status !== VerificationRequestStatus::Ringing || $request->answeredAt !== null) {
			return $request;
		}
		return $request->with(['answeredAt' => $this->time->getTime()]);
	}

	private function isSharer(VerificationRequest $request, string $uid): bool {
		return $uid !== '' && ($uid === $request->sharedBy || $uid === $request->shareOwner);
	}
}

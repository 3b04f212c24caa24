<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Request;

use OCA\VideoVerification\Db\VerificationRequest;
use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCA\VideoVerification\Db\VerificationRequestStatus;
use OCA\VideoVerification\Notification\RequestNotifications;
use OCA\VideoVerification\Service\Records\RecordChain;

/**
 * Writes a request's change of state to the database (before anything reports it), as a
 * compare-and-set on the status the caller read, so that of two servers racing on one
 * request exactly one wins. A request that leaves the open states takes its
 * notification with it; one that becomes final is sealed into the record chain in the
 * same transaction (RecordChain).
 */
class RequestTransitions {
	public function __construct(
		private VerificationRequestMapper $mapper,
		private RequestNotifications $notifications,
		private RecordChain $chain,
	) {
	}

	/**
	 * @return bool whether $next was written (false: the row changed since $current was read)
	 */
	public function write(VerificationRequest $current, VerificationRequest $next): bool {
		$update = fn (): bool => $this->mapper->update($next, $current->status);
		$finishes = $next->status->isFinal() && !$current->status->isFinal();
		if (!($finishes ? $this->chain->finish($next->requestId, $update) : $update())) {
			return false;
		}
		if ($current->status->isOpen() && !$next->status->isOpen()
			|| $next->status->isFinal() && !$current->status->isFinal()) {
			$this->notifications->markProcessed($next->requestId);
		}
		return true;
	}

	/**
	 * Cancels a request that is still open (the caller's own cancel, a new request from the
	 * same session, an unanswered call withdrawn for a callback). Any other request stays
	 * as it is, and so does a row that another server changed since it was read.
	 *
	 * @return VerificationRequest the request as it is now
	 */
	public function cancel(VerificationRequest $request): VerificationRequest {
		if (!$request->status->isOpen()) {
			return $request;
		}
		$cancelled = $request->withStatus(VerificationRequestStatus::Cancelled);
		return $this->write($request, $cancelled) ? $cancelled : $this->reread($request);
	}

	/**
	 * Stores an end that so far was only computed (an open request past its expiry or
	 * whose page stopped polling, an approval not picked up in time); the notification
	 * goes with it.
	 *
	 * @return VerificationRequest the request as it is now
	 */
	public function settle(VerificationRequest $request, int $now): VerificationRequest {
		$status = $request->statusAt($now);
		if ($status === $request->status) {
			return $request;
		}
		$settled = $request->withStatus($status);
		if ($this->write($request, $settled)) {
			return $settled;
		}
		return $this->reread($request);
	}

	/**
	 * The row as another server left it.
	 */
	public function reread(VerificationRequest $request): VerificationRequest {
		return $this->mapper->find($request->requestId) ?? $request;
	}
}

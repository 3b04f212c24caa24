<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Listener;

use OCA\VideoVerification\Db\GrantEndReason;
use OCA\VideoVerification\Db\GrantMapper;
use OCA\VideoVerification\Db\ShareSettingsMapper;
use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCA\VideoVerification\Db\VerificationRequestStatus;
use OCA\VideoVerification\Service\Request\RequestTransitions;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventListener;
use OCP\Share\Events\ShareDeletedEvent;
use OCP\Share\IShare;

/**
 * Deletes our settings together with the share. Its verification records stay (they
 * are the evidence), marked "share deleted"; open requests become cancelled.
 *
 * @template-implements IEventListener<ShareDeletedEvent>
 */
class ShareDeletedListener implements IEventListener {
	public function __construct(
		private ShareSettingsMapper $mapper,
		private VerificationRequestMapper $requests,
		private RequestTransitions $transitions,
		private ITimeFactory $time,
		private GrantMapper $grants,
	) {
	}

	public function handle(Event $event): void {
		if (!$event instanceof ShareDeletedEvent) {
			return;
		}
		$share = $event->getShare();
		// Other share providers may number their shares in tables of their own.
		if (!in_array($share->getShareType(), [IShare::TYPE_LINK, IShare::TYPE_EMAIL], true)) {
			return;
		}
		$shareId = (int)$share->getId();
		$this->mapper->delete($shareId);

		$now = $this->time->getTime();
		$this->grants->endAllOfShare($shareId, $now, GrantEndReason::ShareDeleted);
		foreach ($this->requests->findByShareId($shareId) as $request) {
			if ($request->shareDeletedAt !== null) {
				continue;
			}
			$marked = $request->with(['shareDeletedAt' => $now]);
			if ($request->status->isOpen()) {
				$marked = $marked->withStatus(VerificationRequestStatus::Cancelled);
			}
			if (!$this->transitions->write($request, $marked)) {
				// A decision or poll changed the row meanwhile: mark what it left.
				$current = $this->transitions->reread($request);
				$this->transitions->write($current, $current->with(['shareDeletedAt' => $now]));
			}
		}
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Callback;

use OCA\VideoVerification\Db\CallbackMapper;
use OCA\VideoVerification\Exception\RequestException;
use OCA\VideoVerification\Notification\CallbackNotifier;
use OCA\VideoVerification\ResponseDefinitions;
use OCA\VideoVerification\Service\Decision\RequestDecisionService;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IUser;

/**
 * The callbacks recipients asked for on a file's requests, for the sharer's Sharing tab:
 * who asked, when, their message, and whether their page is still open (so that "Call back"
 * reaches them). Whoever may see the file's records sees its callbacks, nobody else.
 *
 * @psalm-import-type VideoVerificationFileCallback from ResponseDefinitions
 */
class FileCallbacks {
	public function __construct(
		private RequestDecisionService $records,
		private CallbackMapper $callbacks,
		private ITimeFactory $time,
	) {
	}

	/**
	 * @return list<VideoVerificationFileCallback> newest request first
	 * @throws RequestException a file id that is not a positive number
	 */
	public function forFile(string $fileId, ?IUser $user): array {
		$now = $this->time->getTime();
		$result = [];
		foreach ($this->records->recordsForFile($fileId, $user) as $view) {
			$record = $view->toArray();
			// Only a request nobody answered that ended (cancelled or expired) can have one.
			if ($record['answeredAt'] !== null || !in_array($record['status'], ['cancelled', 'expired', 'abandoned'], true)) {
				continue;
			}
			$callback = $this->callbacks->find($record['requestId']);
			if ($callback === null) {
				continue;
			}
			$result[] = [
				'requestId' => $record['requestId'],
				'shareId' => $record['shareId'],
				'requesterName' => $record['requesterName'],
				'state' => $callback->isCallingBack() ? CallbackView::STATE_CALLING_BACK : CallbackView::STATE_REQUESTED,
				'requestedAt' => $callback->requestedAt,
				'message' => $callback->message,
				'calledBackAt' => $callback->startedAt,
				// the same window as the notification's "Call back" action
				'pageOpen' => $callback->polledAt !== null && $now - $callback->polledAt <= CallbackNotifier::PAGE_OPEN_SECONDS,
				'shareDeleted' => $record['shareDeleted'],
			];
		}
		return $result;
	}
}

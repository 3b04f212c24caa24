<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Request;

use OCA\VideoVerification\Db\VerificationRequest;
use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCA\VideoVerification\Exception\RequestNotFoundException;
use OCA\VideoVerification\Exception\ShareNotFoundException;
use OCA\VideoVerification\Service\ShareSettings\ShareResolver;
use OCP\IL10N;
use OCP\IUser;

/**
 * Who may decide a request and read its record: whoever may edit its share (the file's
 * owner and the share's initiator, files_sharing's rule). Once the share is deleted, its
 * owner and initiator as they were when the request was made still read the record.
 * Everyone else meets the same "not found" as for an unknown id.
 */
class RequestEditorAccess {
	private const REQUEST_ID_PATTERN = '/^[A-Za-z0-9]{' . RequestCredentialsIssuer::REQUEST_ID_LENGTH . '}$/';

	public function __construct(
		private VerificationRequestMapper $mapper,
		private ShareResolver $shares,
		private IL10N $l10n,
	) {
	}

	/**
	 * A request whose live share the user may edit (to approve or decline it).
	 *
	 * @throws RequestNotFoundException
	 */
	public function openForEditor(string $requestId, ?IUser $user): VerificationRequest {
		if ($user === null || preg_match(self::REQUEST_ID_PATTERN, $requestId) !== 1) {
			throw $this->notFound();
		}
		$request = $this->mapper->find($requestId);
		if ($request === null || $request->shareDeletedAt !== null || !$this->mayEditShare($request->shareId, $user)) {
			throw $this->notFound();
		}
		return $request;
	}

	/**
	 * Whether the user may read the record.
	 *
	 * @param array<int, bool> $editableShares share id => may edit, filled as shares are looked up
	 */
	public function maySeeRecord(VerificationRequest $request, IUser $user, array &$editableShares = []): bool {
		if ($request->shareDeletedAt !== null) {
			return in_array($user->getUID(), [$request->shareOwner, $request->sharedBy], true);
		}
		return $editableShares[$request->shareId] ??= $this->mayEditShare($request->shareId, $user);
	}

	private function mayEditShare(int $shareId, IUser $user): bool {
		try {
			$this->shares->resolveEditable((string)$shareId, $user);
			return true;
		} catch (ShareNotFoundException) {
			return false;
		}
	}

	private function notFound(): RequestNotFoundException {
		return new RequestNotFoundException($this->l10n->t('Request not found'));
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Decision;

use OCA\VideoVerification\Activity\RequestActivityPublisher;
use OCA\VideoVerification\Db\Checklist;
use OCA\VideoVerification\Db\ReleaseMethod;
use OCA\VideoVerification\Db\VerificationRequest;
use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCA\VideoVerification\Db\VerificationRequestStatus;
use OCA\VideoVerification\Exception\CallNotAnsweredException;
use OCA\VideoVerification\Exception\InvalidRequestBodyException;
use OCA\VideoVerification\Exception\RequestClosedException;
use OCA\VideoVerification\Exception\RequestException;
use OCA\VideoVerification\Exception\RequestNotFoundException;
use OCA\VideoVerification\Service\Records\RecordView;
use OCA\VideoVerification\Service\Request\RequestEditorAccess;
use OCA\VideoVerification\Service\Request\RequestTransitions;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IL10N;
use OCP\IUser;
use OCP\IUserManager;

/**
 * The sharer's side: approving or declining a request seen on the call, and the
 * verification records of a file.
 */
class RequestDecisionService {
	public const MAX_RECORDS = 100;

	public function __construct(
		private RequestEditorAccess $access,
		private RequestTransitions $transitions,
		private ChecklistParser $checklists,
		private RequestActivityPublisher $activity,
		private VerificationRequestMapper $mapper,
		private IdCheckPrompts $prompts,
		private IUserManager $userManager,
		private ITimeFactory $time,
		private IL10N $l10n,
	) {
	}

	/**
	 * @throws RequestException
	 */
	public function approve(string $requestId, ?IUser $user, mixed $checklist): RecordView {
		$parsed = $this->checklists->parse($checklist);
		return $this->decide($requestId, $user, [
			'status' => VerificationRequestStatus::Approved,
			'checklist' => $parsed,
			'releasedBy' => ReleaseMethod::Approve,
		]);
	}

	/**
	 * @throws RequestException
	 */
	public function decline(string $requestId, ?IUser $user): RecordView {
		return $this->decide($requestId, $user, ['status' => VerificationRequestStatus::Declined]);
	}

	/**
	 * The records of every share of the file the user may edit (and of the user's
	 * shares of it since deleted), newest first.
	 *
	 * @return list<RecordView>
	 * @throws RequestException
	 */
	public function recordsForFile(string $fileId, ?IUser $user): array {
		if ($user === null) {
			throw new RequestNotFoundException($this->l10n->t('Request not found'));
		}
		if (preg_match('/^[1-9][0-9]{0,18}$/', $fileId) !== 1) {
			throw new InvalidRequestBodyException($this->l10n->t('The file id must be a positive number.'));
		}
		$now = $this->time->getTime();
		$editable = [];
		$records = [];
		foreach ($this->mapper->findByFileId((int)$fileId, self::MAX_RECORDS) as $request) {
			if ($this->access->maySeeRecord($request, $user, $editable)) {
				$records[] = $this->view($request, $now);
			}
		}
		return $records;
	}

	/**
	 * @param array<string, mixed> $changes
	 * @throws RequestException
	 */
	private function decide(string $requestId, ?IUser $user, array $changes): RecordView {
		$request = $this->access->openForEditor($requestId, $user);
		$now = $this->time->getTime();
		$request = $this->transitions->settle($request, $now);
		if (!$request->status->isOpen()) {
			throw $this->closed();
		}
		if ($changes['status'] === VerificationRequestStatus::Approved && $request->answeredAt === null) {
			// Talk never had the sharer and the recipient in the call together: nobody was seen.
			throw new CallNotAnsweredException($this->l10n->t('This caller has not been in the call with you yet. Answer the call before you approve.'));
		}
		$this->assertConfirmedWereAsked($request, $changes['checklist'] ?? null);
		/** @var IUser $user openForEditor refused null */
		$decided = $request->with($changes + ['decidedAt' => $now, 'decidedBy' => $user->getUID()]);
		if (!$this->transitions->write($request, $decided)) {
			throw $this->closed();
		}
		$this->activity->publishDecision($decided);
		return $this->view($decided, $now);
	}

	/**
	 * The sharer can only confirm an ID check prompt the recipient was asked to do.
	 *
	 * @throws InvalidRequestBodyException
	 */
	private function assertConfirmedWereAsked(VerificationRequest $request, mixed $checklist): void {
		if (!$checklist instanceof Checklist || $checklist->idChecksConfirmed === []) {
			return;
		}
		$asked = $request->idCheck?->prompts ?? [];
		if (array_diff($checklist->idChecksConfirmed, $asked) !== []) {
			throw new InvalidRequestBodyException($this->l10n->t('Only the ID checks the person was asked to do can be confirmed.'));
		}
	}

	private function view(VerificationRequest $request, int $now): RecordView {
		$name = $request->decidedBy === null ? null : ($this->userManager->getDisplayName($request->decidedBy) ?? $request->decidedBy);
		return new RecordView($request, $now, $name, $this->prompts);
	}

	private function closed(): RequestClosedException {
		return new RequestClosedException($this->l10n->t('This request was already decided, has ended or has expired.'));
	}
}

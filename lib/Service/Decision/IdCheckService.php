<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Decision;

use OCA\VideoVerification\Db\IdCheck;
use OCA\VideoVerification\Db\VerificationRequest;
use OCA\VideoVerification\Exception\InvalidRequestBodyException;
use OCA\VideoVerification\Exception\RequestClosedException;
use OCA\VideoVerification\Exception\RequestException;
use OCA\VideoVerification\Service\Records\RecordView;
use OCA\VideoVerification\Service\Request\RequestEditorAccess;
use OCA\VideoVerification\Service\Request\RequestTransitions;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IL10N;
use OCP\IUser;
use OCP\IUserManager;

/**
 * The sharer asks the recipient to show an ID document during the call: the first ask
 * draws the security-feature prompts (kept for the request, so asking again shows the
 * same ones), then the sharer moves the recipient's screen from one prompt to the next.
 * The recipient's sidebar learns the current prompt from its poll of the request.
 */
class IdCheckService {
	public function __construct(
		private RequestEditorAccess $access,
		private RequestTransitions $transitions,
		private IdCheckDraw $draw,
		private IdCheckPrompts $prompts,
		private IUserManager $userManager,
		private ITimeFactory $time,
		private IL10N $l10n,
	) {
	}

	/**
	 * @throws RequestException
	 */
	public function start(string $requestId, ?IUser $user): RecordView {
		return $this->change($requestId, $user, fn (?IdCheck $check): IdCheck => $check ?? new IdCheck($this->draw->draw()));
	}

	/**
	 * @throws RequestException
	 */
	public function showStep(string $requestId, ?IUser $user, mixed $step): RecordView {
		if (!is_int($step) || $step < 0 || $step >= IdCheckDraw::COUNT) {
			throw new InvalidRequestBodyException($this->l10n->t('The step must be a whole number from 0 to %d.', [IdCheckDraw::COUNT - 1]));
		}
		return $this->change($requestId, $user, function (?IdCheck $check) use ($step): IdCheck {
			if ($check === null || $step >= count($check->prompts)) {
				throw new InvalidRequestBodyException($this->l10n->t('Ask for the ID document first.'));
			}
			return $check->withStep($step);
		});
	}

	/**
	 * @param callable(?IdCheck): IdCheck $next
	 * @throws RequestException
	 */
	private function change(string $requestId, ?IUser $user, callable $next): RecordView {
		$request = $this->access->openForEditor($requestId, $user);
		$now = $this->time->getTime();
		$request = $this->transitions->settle($request, $now);
		if (!$request->status->isOpen()) {
			throw $this->closed();
		}
		$changed = $request->with(['idCheck' => $next($request->idCheck)]);
		if (!$this->transitions->write($request, $changed)) {
			throw $this->closed();
		}
		return $this->view($changed, $now);
	}

	private function view(VerificationRequest $request, int $now): RecordView {
		$name = $request->decidedBy === null ? null : ($this->userManager->getDisplayName($request->decidedBy) ?? $request->decidedBy);
		return new RecordView($request, $now, $name, $this->prompts);
	}

	private function closed(): RequestClosedException {
		return new RequestClosedException($this->l10n->t('This request was already decided, has ended or has expired.'));
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Records;

use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCA\VideoVerification\Exception\InvalidRequestBodyException;
use OCA\VideoVerification\Exception\RecordNotFinalException;
use OCA\VideoVerification\Exception\RequestException;
use OCA\VideoVerification\Exception\RequestNotFoundException;
use OCA\VideoVerification\Service\RequestCredentialsIssuer;
use OCA\VideoVerification\Service\RequestEditorAccess;
use OCA\VideoVerification\Service\RequestTransitions;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IGroupManager;
use OCP\IL10N;
use OCP\IUser;

/**
 * The certificate of one sealed record, for whoever may read the record (the share's
 * owner or initiator, RequestEditorAccess) and for administrators. Anyone else meets the
 * "not found" of an unknown id. An open request past its end is settled (and so sealed)
 * first, as the Sharing tab already shows it ended; a record not yet in the chain has no
 * certificate.
 */
class CertificateDownload {
	private const REQUEST_ID_PATTERN = '/^[A-Za-z0-9]{' . RequestCredentialsIssuer::REQUEST_ID_LENGTH . '}$/';

	public function __construct(
		private VerificationRequestMapper $mapper,
		private RequestEditorAccess $access,
		private IGroupManager $groups,
		private RequestTransitions $transitions,
		private ITimeFactory $time,
		private CertificateLines $lines,
		private CertificatePdf $pdf,
		private IL10N $l10n,
	) {
	}

	/**
	 * @return string the PDF
	 * @throws RequestException
	 */
	public function pdf(string $requestId, ?IUser $user): string {
		if ($user === null) {
			throw $this->notFound();
		}
		if (preg_match(self::REQUEST_ID_PATTERN, $requestId) !== 1) {
			throw new InvalidRequestBodyException($this->l10n->t('The request id must be %s letters and digits.', [(string)RequestCredentialsIssuer::REQUEST_ID_LENGTH]));
		}
		$request = $this->mapper->find($requestId);
		if ($request === null || !($this->groups->isAdmin($user->getUID()) || $this->access->maySeeRecord($request, $user))) {
			throw $this->notFound();
		}
		$settled = $this->transitions->settle($request, $this->time->getTime());
		if ($settled !== $request) {
			// the seal is written with the final state; read it back
			$settled = $this->transitions->reread($settled);
		}
		if ($settled->recordHash === null || $settled->chainSeq === null) {
			throw new RecordNotFinalException($this->l10n->t('This verification has not ended yet: its certificate can be downloaded once the record is final.'));
		}
		return $this->pdf->render($this->lines->lines($settled));
	}

	private function notFound(): RequestNotFoundException {
		return new RequestNotFoundException($this->l10n->t('Request not found'));
	}
}

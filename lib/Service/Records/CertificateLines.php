<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Records;

use OCA\VideoVerification\Db\CallMedia;
use OCA\VideoVerification\Db\ReleaseMethod;
use OCA\VideoVerification\Db\VerificationRequest;
use OCA\VideoVerification\Db\VerificationRequestStatus;
use OCA\VideoVerification\Service\IdCheckPrompts;
use OCP\IDateTimeZone;
use OCP\IL10N;
use OCP\IURLGenerator;
use OCP\IUserManager;

/**
 * The facts of one finished (sealed) verification record as plain text lines, for the
 * certificate of verification: what was asked for, by whom, when (in the instance's time
 * zone and in UTC), who decided and how access was released, which checks were asked and
 * confirmed, and the record's hash in the chain with how to have it checked.
 *
 * The hash stands alone on its line (64 hex digits) so that the PDF can set it in a
 * monospace font and a reader can compare it character by character.
 */
class CertificateLines {
	public function __construct(
		private IL10N $l10n,
		private IDateTimeZone $timeZone,
		private IURLGenerator $urls,
		private IUserManager $users,
		private IdCheckPrompts $prompts,
	) {
	}

	/**
	 * @return list<string>
	 */
	public function lines(VerificationRequest $request): array {
		$l = $this->l10n;
		$lines = [
			$l->t('File: %s', [$request->fileName]),
			$l->t('Requested by: %s', [$request->requesterName]),
		];
		if ($request->requesterEmail !== null) {
			$lines[] = $l->t('The share was sent to: %s', [$request->requesterEmail]);
		}
		$lines[] = $l->t('Request id: %s', [$request->requestId]);
		$lines[] = $l->t('Requested at: %s', [$this->time($request->createdAt)]);
		if ($request->answeredAt !== null) {
			$lines[] = $l->t('Call answered at: %s', [$this->time($request->answeredAt)]);
		}
		$lines[] = $this->outcome($request);
		if ($request->decidedAt !== null) {
			$lines[] = $l->t('Decided at: %s', [$this->time($request->decidedAt)]);
		}
		$release = match ($request->releasedBy) {
			ReleaseMethod::Approve => $l->t('Access released by: approval in the call'),
			ReleaseMethod::Password => $l->t('Access released by: the share password, told in the call'),
			null => null,
		};
		if ($release !== null) {
			$lines[] = $release;
		}
		if ($request->firstUsedAt !== null) {
			$lines[] = $l->t('First opened at: %s', [$this->time($request->firstUsedAt)]);
		}
		$media = match ($request->callMedia) {
			CallMedia::Video => $l->t('Call: video and audio'),
			CallMedia::Audio => $l->t('Call: audio only (the person had no video)'),
			null => null,
		};
		if ($media !== null) {
			$lines[] = $media;
		}
		array_push($lines, ...$this->checks($request));
		if ($request->shareDeletedAt !== null) {
			$lines[] = $l->t('Share deleted at: %s', [$this->time($request->shareDeletedAt)]);
		}
		$lines[] = $l->t('Record hash (SHA-256, place %s in the record chain):', [(string)$request->chainSeq]);
		$lines[] = (string)$request->recordHash;
		$instance = $this->urls->getAbsoluteURL('/');
		$lines[] = $l->t('Instance: %s', [$instance]);
		$lines[] = $l->t('To have this certificate checked, ask an administrator of %s to run "occ video_verification:records:verify" or to press "Check records" on the Video verification admin page, and to compare the hash above with this record\'s hash in the records export.', [$instance]);
		return $lines;
	}

	private function outcome(VerificationRequest $request): string {
		$l = $this->l10n;
		$by = $request->decidedBy === null ? '' : $this->person($request->decidedBy);
		return match ($request->status) {
			VerificationRequestStatus::Approved, VerificationRequestStatus::Used => $request->releasedBy === ReleaseMethod::Password
				? $l->t('Outcome: verified, opened with the share password given by %s', [$by === '' ? $l->t('the sharer') : $by])
				: $l->t('Outcome: approved by %s', [$by]),
			VerificationRequestStatus::Declined => $l->t('Outcome: declined by %s', [$by]),
			VerificationRequestStatus::Expired => $l->t('Outcome: expired without a decision'),
			VerificationRequestStatus::Cancelled => $l->t('Outcome: cancelled by the caller'),
			VerificationRequestStatus::Abandoned => $l->t('Outcome: the caller\'s page was closed or went offline'),
			VerificationRequestStatus::Requested, VerificationRequestStatus::Ringing => $l->t('Outcome: still open'),
		};
	}

	/**
	 * The checklist items the approver ticked and the ID checks asked, each confirmed or not.
	 *
	 * @return list<string>
	 */
	private function checks(VerificationRequest $request): array {
		$l = $this->l10n;
		$lines = [];
		$checklist = $request->checklist;
		if ($checklist !== null) {
			$yesNo = fn (bool $value): string => $value ? $l->t('yes') : $l->t('no');
			$lines[] = $l->t('Face matches the photo ID: %s', [$yesNo($checklist->faceMatchesId)]);
			$lines[] = $l->t('ID security features checked: %s', [$yesNo($checklist->idFeaturesChecked)]);
			$lines[] = $l->t('Known person: %s', [$yesNo($checklist->knownPerson)]);
			if (trim($checklist->note) !== '') {
				$lines[] = $l->t('Note: %s', [$checklist->note]);
			}
		}
		$confirmed = $checklist?->idChecksConfirmed ?? [];
		foreach ($request->idCheck?->prompts ?? [] as $key) {
			$lines[] = in_array($key, $confirmed, true)
				? $l->t('ID check asked and confirmed: %s', [$this->prompts->text($key)])
				: $l->t('ID check asked, not confirmed: %s', [$this->prompts->text($key)]);
		}
		return $lines;
	}

	private function person(string $uid): string {
		$name = $this->users->getDisplayName($uid);
		return $name === null || $name === '' || $name === $uid ? $uid : "$name ($uid)";
	}

	/**
	 * "2026-12-07 15:02:11 Europe/Berlin (2026-12-07 14:02:11 UTC)"
	 */
	private function time(int $unix): string {
		$zone = $this->timeZone->getDefaultTimeZone();
		$local = (new \DateTimeImmutable('@' . $unix))->setTimezone($zone);
		$utc = gmdate('Y-m-d H:i:s', $unix) . ' UTC';
		return $zone->getName() === 'UTC' ? $utc : $local->format('Y-m-d H:i:s') . ' ' . $zone->getName() . ' (' . $utc . ')';
	}
}

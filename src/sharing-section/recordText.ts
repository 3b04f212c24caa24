/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { VerificationRecord } from '../api/decisions.ts'

import { getCanonicalLocale, t } from '@nextcloud/l10n'
import { PLAIN_TEXT } from '../l10n.ts'

/**
 * A unix time (seconds) as people read it, in the user's locale
 *
 * @param seconds - unix time in seconds
 */
export function formatTime(seconds: number): string {
	return new Intl.DateTimeFormat(getCanonicalLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(seconds * 1000))
}

/**
 * Whether the sharer can still approve or decline the request
 *
 * @param record - the request
 * @param now - unix time in seconds
 */
export function isOpen(record: VerificationRecord, now: number = Date.now() / 1000): boolean {
	return (record.status === 'requested' || record.status === 'ringing') && now < record.expiresAt
}

/**
 * What became of a request, in one line: the decision, by whom and when
 *
 * @param record - the request
 */
export function outcomeText(record: VerificationRecord): string {
	const by = record.decidedByDisplayName ?? record.decidedBy ?? ''
	const when = record.decidedAt === null ? '' : formatTime(record.decidedAt)
	switch (record.status) {
		case 'requested':
		case 'ringing':
			return record.status === 'ringing'
				? t('video_verification', 'Calling you now')
				: t('video_verification', 'Waiting for the call')
		case 'approved':
		case 'used':
			if (record.releasedBy === 'password') {
				return t('video_verification', 'Opened with the password')
			}
			return by === ''
				? t('video_verification', 'Approved')
				: t('video_verification', 'Approved by {name} at {time}', { name: by, time: when }, PLAIN_TEXT)
		case 'declined':
			return by === ''
				? t('video_verification', 'Declined')
				: t('video_verification', 'Declined by {name} at {time}', { name: by, time: when }, PLAIN_TEXT)
		case 'expired':
			return t('video_verification', 'Expired without a decision')
		case 'cancelled':
			return t('video_verification', 'Cancelled by the caller')
		case 'abandoned':
			return t('video_verification', 'The caller\'s page was closed or went offline')
	}
}

/**
 * What the decision means for the caller, in one line, once the request was decided:
 * "Verified — Robin Recipient can open Contract.pdf"; null while it is open or when it ended
 * without a decision
 *
 * @param record - the request
 */
export function verdictText(record: VerificationRecord): string | null {
	const names = { name: record.requesterName, file: record.fileName }
	switch (record.status) {
		case 'approved':
		case 'used':
			return t('video_verification', 'Verified — {name} can open {file}', names, PLAIN_TEXT)
		case 'declined':
			return t('video_verification', 'Declined — {name} cannot open {file}', names, PLAIN_TEXT)
		default:
			return null
	}
}

/**
 * The further facts of a past request, one line each: how access was released, when the file
 * was first opened, what the approver checked, whether the share is gone
 *
 * @param record - the request
 */
export function recordDetails(record: VerificationRecord): string[] {
	const details: string[] = []
	if (record.releasedBy === 'approve') {
		details.push(t('video_verification', 'Released by approval in the call'))
	}
	if (record.firstUsedAt !== null) {
		details.push(t('video_verification', 'First opened at {time}', { time: formatTime(record.firstUsedAt) }, PLAIN_TEXT))
	}
	const checklist = record.checklist
	if (checklist !== null) {
		const checked = [
			checklist.faceMatchesId ? t('video_verification', 'face matches the photo ID') : null,
			checklist.idFeaturesChecked ? t('video_verification', 'ID security features checked') : null,
			checklist.knownPerson ? t('video_verification', 'known person') : null,
		].filter((item): item is string => item !== null)
		if (checked.length > 0) {
			details.push(t('video_verification', 'Checked: {items}', { items: checked.join(', ') }, PLAIN_TEXT))
		}
		if (checklist.note.trim() !== '') {
			details.push(t('video_verification', 'Note: {note}', { note: checklist.note }, PLAIN_TEXT))
		}
	}
	if (record.callMedia === 'audio') {
		details.push(t('video_verification', 'Verified by voice only: the person had no video'))
	}
	if (record.idCheck !== null) {
		const confirmed = record.checklist?.idChecksConfirmed ?? []
		for (const prompt of record.idCheck.prompts) {
			details.push(confirmed.includes(prompt.key)
				? t('video_verification', 'ID check seen: {check}', { check: prompt.text }, PLAIN_TEXT)
				: t('video_verification', 'ID check not confirmed: {check}', { check: prompt.text }, PLAIN_TEXT))
		}
	}
	if (record.shareDeleted) {
		details.push(t('video_verification', 'Share deleted'))
	}
	return details
}

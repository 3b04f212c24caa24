/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it } from 'vitest'
import { formatTime, isOpen, outcomeText, recordDetails, verdictText } from '../../../src/sharing-section/recordText.ts'
import { NOW, record } from './records.ts'

describe('recordText', () => {
	it('formats unix seconds as date and time', () => {
		expect(formatTime(NOW)).toMatch(/2027/)
	})

	it('an open request is requested or ringing and not expired', () => {
		expect(isOpen(record({ status: 'requested' }), NOW)).toBe(true)
		expect(isOpen(record({ status: 'ringing' }), NOW)).toBe(true)
		expect(isOpen(record({ status: 'ringing', expiresAt: NOW }), NOW)).toBe(false)
		for (const status of ['approved', 'used', 'declined', 'expired', 'cancelled'] as const) {
			expect(isOpen(record({ status }), NOW)).toBe(false)
		}
	})

	it('says who approved or declined, and when', () => {
		const decided = { decidedAt: NOW, decidedBy: 'alice', decidedByDisplayName: 'Alice Adams' }

		expect(outcomeText(record({ status: 'used', releasedBy: 'approve', ...decided }))).toBe(`Approved by Alice Adams at ${formatTime(NOW)}`)
		expect(outcomeText(record({ status: 'declined', ...decided }))).toBe(`Declined by Alice Adams at ${formatTime(NOW)}`)
		expect(outcomeText(record({ status: 'declined', ...decided, decidedByDisplayName: null }))).toContain('Declined by alice')
	})

	it('names the other endings', () => {
		expect(outcomeText(record({ status: 'used', releasedBy: 'password' }))).toBe('Opened with the password')
		expect(outcomeText(record({ status: 'expired' }))).toBe('Expired without a decision')
		expect(outcomeText(record({ status: 'cancelled' }))).toBe('Cancelled by the caller')
		expect(outcomeText(record({ status: 'abandoned' }))).toBe('The caller\'s page was closed or went offline')
		expect(outcomeText(record({ status: 'ringing' }))).toBe('Calling you now')
		expect(outcomeText(record({ status: 'requested' }))).toBe('Waiting for the call')
	})

	it('lists how it was released, first use, the checklist, the note and a deleted share', () => {
		const details = recordDetails(record({
			status: 'used',
			releasedBy: 'approve',
			firstUsedAt: NOW + 5,
			checklist: { faceMatchesId: true, idFeaturesChecked: false, knownPerson: true, note: 'Passport <checked>', idChecksConfirmed: [] },
			shareDeleted: true,
		}))

		expect(details).toEqual([
			'Released by approval in the call',
			`First opened at ${formatTime(NOW + 5)}`,
			'Checked: face matches the photo ID, known person',
			'Note: Passport <checked>',
			'Share deleted',
		])
	})

	it('says how the person was verified and which ID checks were asked and seen', () => {
		const details = recordDetails(record({
			callMedia: 'video',
			idCheck: { step: 1, prompts: [{ key: 'tilt_hologram', text: 'Tilt the card' }, { key: 'show_back', text: 'Show the back' }] },
			checklist: { faceMatchesId: false, idFeaturesChecked: true, knownPerson: false, note: '', idChecksConfirmed: ['show_back'] },
		}))

		expect(details).toEqual([
			'Checked: ID security features checked',
			'ID check not confirmed: Tilt the card',
			'ID check seen: Show the back',
		])
		expect(recordDetails(record({ callMedia: 'audio' }))).toEqual(['Verified by voice only: the person had no video'])
	})

	it('lists nothing for a request without any of them', () => {
		expect(recordDetails(record({ status: 'expired' }))).toEqual([])
		expect(recordDetails(record({ checklist: { faceMatchesId: false, idFeaturesChecked: false, knownPerson: false, note: ' ', idChecksConfirmed: [] } }))).toEqual([])
	})

	it('says what a decision means for the caller, and nothing before or without one', () => {
		expect(verdictText(record({ status: 'approved' }))).toBe('Verified — Bob Berg can open Bank statement.pdf')
		expect(verdictText(record({ status: 'used', releasedBy: 'password' }))).toBe('Verified — Bob Berg can open Bank statement.pdf')
		expect(verdictText(record({ status: 'declined' }))).toBe('Declined — Bob Berg cannot open Bank statement.pdf')
		expect(verdictText(record({ status: 'declined', requesterName: '<b>Eve</b>' }))).toBe('Declined — <b>Eve</b> cannot open Bank statement.pdf')
		for (const status of ['requested', 'ringing', 'expired', 'cancelled'] as const) {
			expect(verdictText(record({ status }))).toBeNull()
		}
	})
})

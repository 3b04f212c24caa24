/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it } from 'vitest'
import { TalkApiError } from '../../../src/call/errors.ts'
import { callsMayBeRecorded, consentRequired, isConsentRefusal, recordingConsentMode } from '../../../src/call/recordingConsent.ts'

const talk = (call: Record<string, unknown>) => ({ config: { call } })

describe('Talk\'s recording consent rule', () => {
	it('reads the mode from the capability; anything else is 0, as Talk does', () => {
		expect(recordingConsentMode(talk({ 'recording-consent': 1 }))).toBe(1)
		expect(recordingConsentMode(talk({ 'recording-consent': 2 }))).toBe(2)
		expect(recordingConsentMode(talk({ 'recording-consent': 0 }))).toBe(0)
		expect(recordingConsentMode(talk({ 'recording-consent': '1' }))).toBe(0)
		expect(recordingConsentMode(talk({ 'recording-consent': 3 }))).toBe(0)
		expect(recordingConsentMode(talk({}))).toBe(0)
		expect(recordingConsentMode(null)).toBe(0)
		expect(recordingConsentMode({ config: {} })).toBe(0)
	})

	it('knows whether the server records calls at all', () => {
		expect(callsMayBeRecorded(talk({ recording: true }))).toBe(true)
		expect(callsMayBeRecorded(talk({ recording: false }))).toBe(false)
		expect(callsMayBeRecorded(null)).toBe(false)
	})

	it('needs consent always in mode 1, in mode 2 only where the conversation switched it on, never in mode 0', () => {
		expect(consentRequired(1)).toBe(true)
		expect(consentRequired(1, 0)).toBe(true)
		expect(consentRequired(2)).toBe(false)
		expect(consentRequired(2, 0)).toBe(false)
		expect(consentRequired(2, 1)).toBe(true)
		expect(consentRequired(0, 1)).toBe(false)
	})

	it('recognises Talk\'s refusal of a call without consent, and nothing else', () => {
		expect(isConsentRefusal(new TalkApiError('call-join-call', 400, { error: 'consent' }, false))).toBe(true)
		expect(isConsentRefusal(new TalkApiError('call-join-call', 400, { error: 'flags' }, false))).toBe(false)
		expect(isConsentRefusal(new TalkApiError('call-join-call', 404, { error: 'consent' }, false))).toBe(false)
		expect(isConsentRefusal(new TalkApiError('call-join-call', 400, null, false))).toBe(false)
		expect(isConsentRefusal(new Error('consent'))).toBe(false)
	})
})

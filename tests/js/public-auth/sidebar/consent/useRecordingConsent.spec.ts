/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { TalkApiError } from '../../../../../src/call/errors.ts'
import { useRecordingConsent } from '../../../../../src/public-auth/sidebar/consent/useRecordingConsent.ts'

const mocks = vi.hoisted(() => ({ capabilities: {} as Record<string, unknown> }))

vi.mock('@nextcloud/capabilities', () => ({ getCapabilities: () => mocks.capabilities }))

/**
 * Talk's capabilities as the page's initial state has them
 *
 * @param recording - a recording server is configured
 * @param consent - `config → call → recording-consent`
 */
function talk(recording: boolean, consent: unknown): void {
	mocks.capabilities = { spreed: { config: { call: { recording, 'recording-consent': consent } } } }
}

const consentRefusal = () => ({ reason: 'error' as const, error: new TalkApiError('call-join-call', 400, { error: 'consent' }, false) })

beforeEach(() => {
	mocks.capabilities = {}
})

describe('useRecordingConsent', () => {
	it('without Talk or a recording server: nothing may be recorded, nothing is asked', () => {
		const consent = useRecordingConsent()
		expect(consent.mode).toBe(0)
		expect(consent.mayBeRecorded).toBe(false)
		expect(consent.requiredBeforeCall.value).toBe(false)
		expect(consent.ready.value).toBe(true)
		expect(consent.forCall.value).toBe(false)
	})

	it('mode 1: the call waits for the consent and joins with it', () => {
		talk(true, 1)
		const consent = useRecordingConsent()
		expect(consent.mayBeRecorded).toBe(true)
		expect(consent.requiredBeforeCall.value).toBe(true)
		expect(consent.ready.value).toBe(false)
		consent.given.value = true
		expect(consent.ready.value).toBe(true)
		expect(consent.forCall.value).toBe(true)
	})

	it('mode 2 and unknown modes ask nothing before the call', () => {
		talk(true, 2)
		const modeTwo = useRecordingConsent()
		expect(modeTwo.mode).toBe(2)
		expect(modeTwo.requiredBeforeCall.value).toBe(false)
		talk(true, 'always')
		expect(useRecordingConsent().mode).toBe(0)
	})

	it('a ticked box does not join with consent where none is asked before the call', () => {
		talk(true, 2)
		const consent = useRecordingConsent()
		consent.given.value = true
		expect(consent.forCall.value).toBe(false)
	})

	it('after Talk refused a call for missing consent, asks before the next call, unticked', () => {
		talk(true, 2)
		const consent = useRecordingConsent()
		consent.given.value = true
		consent.callEnded(consentRefusal())
		expect(consent.requiredBeforeCall.value).toBe(true)
		expect(consent.given.value).toBe(false)
		expect(consent.ready.value).toBe(false)
	})

	it('other endings change nothing', () => {
		const consent = useRecordingConsent()
		consent.callEnded(null)
		consent.callEnded({ reason: 'hangup' })
		consent.callEnded({ reason: 'error', error: new TalkApiError('call-join-call', 400, { error: 'other' }, false) })
		expect(consent.requiredBeforeCall.value).toBe(false)
	})
})

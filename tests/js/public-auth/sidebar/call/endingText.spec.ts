/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it } from 'vitest'
import { TalkApiError, UnsupportedSignalingError } from '../../../../../src/call/errors.ts'
import { endingText } from '../../../../../src/public-auth/sidebar/call/endingText.ts'

describe('endingText', () => {
	it('says the caller hung up', () => {
		expect(endingText({ reason: 'hangup' })).toEqual({ title: 'Call ended', details: ['You hung up.'], canCallAgain: true })
	})

	it('explains Talk refusing the call without consent to recording, and lets the caller try again', () => {
		const text = endingText({ reason: 'error', error: new TalkApiError('call-join-call', 400, { error: 'consent' }, false) })

		expect(text).toEqual({
			title: 'Consent to recording needed',
			details: ['This server may record the call and needs your consent before you join it. Call again and tick the consent box.'],
			canCallAgain: true,
		})
		expect(endingText({ reason: 'error', error: new TalkApiError('call-join-call', 400, { error: 'flags' }, false) }).title).toBe('The call failed')
	})

	it('says the sharer hung up', () => {
		expect(endingText({ reason: 'remote-hangup' }).details).toEqual(['The person who shared this file hung up.'])
	})

	it('says plainly that nobody answered', () => {
		expect(endingText({ reason: 'no-answer' })).toEqual({
			title: 'No answer',
			details: ['The person who shared this file did not answer. Try again later.'],
			canCallAgain: true,
		})
	})

	it('hints at a TURN server when the connection failed for want of one', () => {
		const text = endingText({ reason: 'connection-failed', failure: 'ice', turnHint: true })

		expect(text.title).toBe('The call could not connect')
		expect(text.details.join(' ')).toContain('The server may need a TURN server')
		expect(text.canCallAgain).toBe(true)
	})

	it('suggests checking the connection otherwise', () => {
		const text = endingText({ reason: 'connection-failed', failure: 'no-answer', turnHint: false })

		expect(text.details.join(' ')).not.toContain('TURN')
		expect(text.details.join(' ')).toContain('Check your internet connection')
	})

	it('explains a room that is gone', () => {
		expect(endingText({ reason: 'room-gone', sessionGone: 'deleted' }).details).toEqual(['The call was closed on the server. You can call again.'])
	})

	it('does not offer to call again when Talk\'s setup is not supported', () => {
		const text = endingText({ reason: 'error', error: new UnsupportedSignalingError('external') })

		expect(text.title).toBe('Video calls are not available')
		expect(text.canCallAgain).toBe(false)
	})

	it('offers to call again after any other error', () => {
		expect(endingText({ reason: 'error', error: new Error('500') })).toMatchObject({ title: 'The call failed', canCallAgain: true })
		expect(endingText({ reason: 'error' }).canCallAgain).toBe(true)
	})

	it('passes the server\'s words on when it refused the request', () => {
		expect(endingText({ reason: 'request-refused', code: 'too_many_requests', message: 'Wait a bit.' }))
			.toEqual({ title: 'Could not start the call', details: ['Wait a bit.'], canCallAgain: false })
		expect(endingText({ reason: 'request-refused', code: 'share_not_found', message: null }))
			.toMatchObject({ details: ['This link can no longer be used for a video call. Ask the person who shared it for a new link.'], canCallAgain: false })
		expect(endingText({ reason: 'request-refused', code: 'too_many_requests', message: null }).details[0]).toContain('Wait a few minutes')
		expect(endingText({ reason: 'request-refused', code: 'talk_unavailable', message: null }))
			.toMatchObject({ details: ['Video calls are not available for this file right now. Ask the person who shared it for another way to get access.'], canCallAgain: false })
		expect(endingText({ reason: 'request-refused', code: null, message: null }))
			.toMatchObject({ details: ['Something went wrong. Please try again.'], canCallAgain: true })
	})

	it('says when the sharer takes calls when the request came outside their office hours', () => {
		expect(endingText({ reason: 'request-refused', code: 'outside_office_hours', message: 'The sharer takes calls Mon–Fri 9:00–17:00 (their time).' }))
			.toEqual({ title: 'Not taking calls right now', details: ['The sharer takes calls Mon–Fri 9:00–17:00 (their time).'], canCallAgain: false })
		expect(endingText({ reason: 'request-refused', code: 'outside_office_hours', message: null }))
			.toEqual({ title: 'Not taking calls right now', details: ['The person who shared this file takes calls only at certain times. Try again later.'], canCallAgain: false })
	})

	it('says verified, and there is nothing to call again for', () => {
		expect(endingText({ reason: 'verified' })).toEqual({ title: 'Verified', details: ['The file opens now.'], canCallAgain: false })
	})

	it('says the sharer declined, without offering to call again', () => {
		const text = endingText({ reason: 'declined' })

		expect(text.details.join(' ')).toContain('The sharer declined the request')
		expect(text.canCallAgain).toBe(false)
	})

	it('says the request expired, and that calling again makes a new one', () => {
		const text = endingText({ reason: 'expired' })

		expect(text.title).toBe('Request expired')
		expect(text.canCallAgain).toBe(true)
	})

	it('says a request closed on the server cannot go on', () => {
		expect(endingText({ reason: 'withdrawn' }).canCallAgain).toBe(false)
	})
})

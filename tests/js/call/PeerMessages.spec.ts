/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { OutgoingCallMessage } from '../../../src/call/signaling/Signaling.ts'

import { beforeEach, describe, expect, it } from 'vitest'
import { PeerMessages } from '../../../src/call/PeerMessages.ts'

let sent: OutgoingCallMessage[]

/**
 * @param mcuPublisher whether the peer is our MCU publisher
 * @param nick our name
 */
function makeMessages(mcuPublisher = false, nick = 'Rita Recipient'): PeerMessages {
	return new PeerMessages({ remoteSessionId: 'sharer-session', nick, mcuPublisher, send: (message) => sent.push(message) })
}

beforeEach(() => {
	sent = []
})

describe('PeerMessages', () => {
	it('addresses the remote session in the video room, with the connection\'s sid when asked', () => {
		const messages = makeMessages()
		messages.newConnection('sid-1')
		messages.send('candidate', { candidate: 'c' }, true)
		messages.send('mute', { name: 'audio' }, false)
		expect(sent).toEqual([
			{ to: 'sharer-session', sid: 'sid-1', roomType: 'video', type: 'candidate', payload: { candidate: 'c' } },
			{ to: 'sharer-session', roomType: 'video', type: 'mute', payload: { name: 'audio' } },
		])
	})

	it('sends no sid on a connection without one (Android)', () => {
		const messages = makeMessages()
		messages.newConnection(undefined)
		messages.send('candidate', {}, true)
		expect(sent[0]).not.toHaveProperty('sid')
	})

	it('sends offers and answers with our nick, and without it when we have no name', () => {
		makeMessages().sendDescription({ type: 'offer', sdp: 'v=0' })
		makeMessages(false, '').sendDescription({ type: 'answer', sdp: 'v=1' })
		expect(sent.map((message) => message.payload)).toEqual([
			{ type: 'offer', sdp: 'v=0', nick: 'Rita Recipient' },
			{ type: 'answer', sdp: 'v=1' },
		])
	})

	it('asks for an offer with requestoffer, without payload', () => {
		makeMessages().requestOffer()
		expect(sent).toEqual([{ to: 'sharer-session', roomType: 'video', type: 'requestoffer' }])
	})

	it('takes a message with another sid for one of a connection that is gone; none or the same sid is current', () => {
		const messages = makeMessages()
		expect(messages.isStale('sid-1')).toBe(false)
		messages.newConnection('sid-2')
		expect(messages.isStale('sid-1')).toBe(true)
		expect(messages.isStale('sid-2')).toBe(false)
		expect(messages.isStale(undefined)).toBe(false)
	})

	it('keeps its own sid when a direct connection\'s answer comes', () => {
		const messages = makeMessages()
		messages.newConnection('sid-1')
		messages.answered('sid-9')
		expect(messages.sid).toBe('sid-1')
	})

	it('as MCU publisher takes no sid for stale and adopts the sid of the MCU\'s answer', () => {
		const messages = makeMessages(true)
		messages.newConnection('sid-1')
		expect(messages.isStale('mcu-sid')).toBe(false)
		messages.answered('mcu-sid')
		messages.send('candidate', {}, true)
		expect(sent[0]!.sid).toBe('mcu-sid')
		messages.answered(undefined)
		expect(messages.sid).toBe('mcu-sid')
	})
})

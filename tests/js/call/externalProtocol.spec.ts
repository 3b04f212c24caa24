/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it } from 'vitest'
import { callMessageOf, parseServerMessage } from '../../../src/call/signaling/externalProtocol.ts'

describe('the signaling server\'s frames', () => {
	it('a frame is a JSON object with a type, or nothing', () => {
		expect(parseServerMessage('{"type":"welcome"}')).toEqual({ type: 'welcome' })
		for (const frame of ['not json', '[]', '{"id":"1"}', 'null', new ArrayBuffer(2)]) {
			expect(parseServerMessage(frame)).toBeNull()
		}
	})

	it('a message carries the call message as an object or a JSON string, with its sender', () => {
		const offer = { type: 'offer', sid: '1', roomType: 'video', payload: { type: 'offer', sdp: 'v=0' } }
		expect(callMessageOf({ type: 'message', message: { sender: { type: 'session', sessionid: 'alice' }, data: offer } })).toEqual({ ...offer, from: 'alice' })
		expect(callMessageOf({ type: 'message', message: { sender: { sessionid: 'alice' }, data: JSON.stringify(offer) } })).toEqual({ ...offer, from: 'alice' })
	})

	it('a control frame is a control message with the data as its payload', () => {
		expect(callMessageOf({ type: 'control', control: { sender: { sessionid: 'alice' }, data: { action: 'forceMute' } } }))
			.toEqual({ type: 'control', payload: { action: 'forceMute' }, from: 'alice' })
	})

	it('no sender, data that is no object, broken JSON or a message without a type carry nothing', () => {
		expect(callMessageOf({ type: 'message', message: { data: { type: 'offer' } } })).toBeNull()
		expect(callMessageOf({ type: 'message', message: { sender: { sessionid: 'alice' }, data: 42 } })).toBeNull()
		expect(callMessageOf({ type: 'message', message: { sender: { sessionid: 'alice' }, data: '{broken' } })).toBeNull()
		expect(callMessageOf({ type: 'message', message: { sender: { sessionid: 'alice' }, data: { sid: '1' } } })).toBeNull()
	})
})

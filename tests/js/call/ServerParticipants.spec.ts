/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it } from 'vitest'
import { ServerParticipants } from '../../../src/call/signaling/ServerParticipants.ts'

describe('ServerParticipants', () => {
	it('starts our own new session with the flags we joined the call with, others outside the call', () => {
		const participants = new ServerParticipants()
		participants.joined([{ sessionid: 'own', userid: 'alice', roomsessionid: 'nc-own' }, { sessionid: 'other', userid: '' }], { sessionId: 'own', callFlags: 7 })
		expect(participants.list()).toEqual([
			{ sessionId: 'own', inCall: 7, nextcloudSessionId: 'nc-own', userId: 'alice', actorType: undefined, actorId: undefined },
			{ sessionId: 'other', inCall: 0, nextcloudSessionId: undefined, userId: undefined, actorType: undefined, actorId: undefined },
		])
	})

	it('keeps what an earlier event said until a later one changes it', () => {
		const participants = new ServerParticipants()
		participants.updated({ users: [{ sessionId: 's1', inCall: 3, actorType: 'guests', actorId: 'g1', nextcloudSessionId: 'nc1' }] })
		participants.joined([{ sessionid: 's1' }], { sessionId: 'own', callFlags: null })
		participants.updated({ changed: [{ sessionId: 's1', inCall: true }] })
		expect(participants.list()).toEqual([{ sessionId: 's1', inCall: 1, nextcloudSessionId: 'nc1', actorType: 'guests', actorId: 'g1', userId: undefined }])
	})

	it('sets everyone\'s call flags on an update for all, and skips entries without a session id', () => {
		const participants = new ServerParticipants()
		participants.joined([{ sessionid: 'a' }, { sessionid: 'b' }], { sessionId: null, callFlags: null })
		participants.updated({ all: true, incall: 0, users: [{ sessionId: 'c', inCall: 1 }] })
		participants.updated({ changed: [{ inCall: 1 }, { sessionId: '', inCall: 1 }] })
		expect(participants.list().map((p) => [p.sessionId, p.inCall])).toEqual([['a', 0], ['b', 0]])
	})

	it('forgets sessions that left, and hands out copies', () => {
		const participants = new ServerParticipants()
		participants.joined([{ sessionid: 'a' }, { sessionid: 'b' }], { sessionId: null, callFlags: null })
		participants.left(['a', 'unknown'])
		const list = participants.list()
		list[0].inCall = 99
		expect(participants.list()).toEqual([expect.objectContaining({ sessionId: 'b', inCall: 0 })])
	})
})

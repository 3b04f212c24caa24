/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { SignalingSettings } from '../../../src/call/talkApi.ts'
import type { SignalingHandlers } from '../../../src/call/TalkRoomMembership.ts'

import { beforeEach, describe, expect, it, vi } from 'vitest'
import { UnsupportedSignalingError } from '../../../src/call/errors.ts'
import { TalkRoomMembership } from '../../../src/call/TalkRoomMembership.ts'
import { FakeSignaling } from './fakes/FakeSignaling.ts'

const talk = vi.hoisted(() => ({
	log: [] as string[],
	signalingMode: 'internal',
	turn: [] as { urls: string[], username: string, credential: unknown }[],
	failLeaveCall: false,
}))

vi.mock('../../../src/call/talkApi.ts', () => ({
	createVerificationRoom: async (shareToken: string) => {
		talk.log.push(`create room for ${shareToken}`)
		return { token: 'room1' }
	},
	joinRoom: async (token: string) => {
		talk.log.push(`join room ${token}`)
		return { token, sessionId: 'talk-session', recordingConsent: 0 }
	},
	getSignalingSettings: async (token: string) => {
		talk.log.push(`signaling settings ${token}`)
		return { signalingMode: talk.signalingMode, stunservers: [{ urls: ['stun:stun.example:3478'] }], turnservers: talk.turn } as unknown as SignalingSettings
	},
	updateCallFlags: async (token: string, flags: number) => {
		talk.log.push(`update flags ${token} ${flags}`)
	},
	leaveRoom: async (token: string) => {
		talk.log.push(`leave room ${token}`)
	},
	leaveOnPageUnload: (token: string) => {
		talk.log.push(`leave on unload ${token}`)
	},
}))

let signaling: FakeSignaling | null

const handlers: SignalingHandlers = {
	participants: () => talk.log.push('participants'),
	message: () => talk.log.push('message'),
	sessionGone: () => talk.log.push('sessionGone'),
	connectionState: () => talk.log.push('connectionState'),
	error: () => talk.log.push('error'),
}

/** A membership whose internal signaling is a FakeSignaling that logs into Talk's log. */
function makeMembership(): TalkRoomMembership {
	return new TalkRoomMembership({
		internal: (context) => {
			signaling = new FakeSignaling(context, talk.log)
			if (talk.failLeaveCall) {
				signaling.leaveCall = async () => {
					talk.log.push('signaling leaveCall refused')
					throw new Error('refused')
				}
			}
			return signaling
		},
	})
}

/**
 * Room, signaling and call joined.
 *
 * @param membership the membership
 */
async function joinAll(membership: TalkRoomMembership): Promise<void> {
	await membership.createRoom('share1')
	const joined = await membership.joinRoom()
	await membership.openSignaling(joined.sessionId, handlers)
	await membership.joinCall(3, true)
}

beforeEach(() => {
	talk.log = []
	talk.signalingMode = 'internal'
	talk.turn = []
	talk.failLeaveCall = false
	signaling = null
})

describe('TalkRoomMembership', () => {
	it('joins in Talk\'s order: room, signaling, then the call silently with the consent given', async () => {
		const membership = makeMembership()
		await joinAll(membership)
		expect(talk.log).toEqual([
			'create room for share1',
			'join room room1',
			'signaling settings room1',
			'signaling connect',
			'signaling joinCall 3 silent with consent',
		])
		expect(membership.token).toBe('room1')
		expect(membership.callJoined).toBe(true)
		expect(membership.flags).toBe(3)
		expect(signaling!.context).toMatchObject({ token: 'room1', sessionId: 'talk-session' })
	})

	it('tells the call the ICE servers from the settings and whether TURN is configured', async () => {
		talk.turn = [{ urls: ['turn:turn.example:3478'], username: 'u', credential: 'c' }]
		const membership = makeMembership()
		await membership.createRoom('share1')
		await membership.joinRoom()
		const choice = await membership.openSignaling('talk-session', handlers)
		expect(choice.hasTurn).toBe(true)
		expect(choice.iceServers).toEqual([
			{ urls: ['stun:stun.example:3478'] },
			{ urls: ['turn:turn.example:3478'], username: 'u', credential: 'c' },
		])
	})

	it('passes the signaling\'s events to the handlers until it left', async () => {
		const membership = makeMembership()
		await joinAll(membership)
		talk.log.length = 0
		signaling!.participants([])
		signaling!.deliver({ type: 'offer' })
		signaling!.sessionGone('deleted')
		signaling!.connectionState('reconnecting')
		signaling!.fail(new Error('x'), false)
		await membership.leave(true)
		signaling!.participants([])
		expect(talk.log).toEqual(['participants', 'message', 'sessionGone', 'connectionState', 'error', 'signaling disconnect'])
	})

	it('refuses a signaling mode it does not know, creating no signaling', async () => {
		talk.signalingMode = 'websocket'
		const membership = makeMembership()
		await membership.createRoom('share1')
		await membership.joinRoom()
		await expect(membership.openSignaling('talk-session', handlers)).rejects.toBeInstanceOf(UnsupportedSignalingError)
		expect(membership.signaling).toBeNull()
	})

	it('updates the flags in the call only when they changed', async () => {
		const membership = makeMembership()
		membership.updateFlags(7)
		await joinAll(membership)
		talk.log.length = 0
		membership.updateFlags(3)
		membership.updateFlags(1)
		expect(talk.log).toEqual(['update flags room1 1'])
		expect(membership.flags).toBe(1)
	})

	it('leaves in Talk\'s order, each step once, and a refused step does not stop the next', async () => {
		talk.failLeaveCall = true
		const membership = makeMembership()
		await joinAll(membership)
		talk.log.length = 0
		await membership.leave(false)
		await membership.leave(false)
		expect(talk.log).toEqual([
			'signaling leaveCall refused',
			'signaling disconnect',
			'leave room room1',
			'signaling disconnect',
		])
		expect(membership.callJoined).toBe(false)
	})

	it('with the room gone only closes the signaling', async () => {
		const membership = makeMembership()
		await joinAll(membership)
		talk.log.length = 0
		await membership.leave(true)
		expect(talk.log).toEqual(['signaling disconnect'])
	})

	it('has nothing to leave once Talk said the session is gone', async () => {
		const membership = makeMembership()
		await joinAll(membership)
		membership.sessionGone()
		talk.log.length = 0
		membership.leaveOnUnload()
		await membership.leave(false)
		expect(talk.log).toEqual(['signaling disconnect'])
	})

	it('leaves with the unload request when the page goes away, once', async () => {
		const membership = makeMembership()
		membership.leaveOnUnload()
		await membership.createRoom('share1')
		await membership.joinRoom()
		talk.log.length = 0
		membership.leaveOnUnload()
		membership.leaveOnUnload()
		await membership.leave(false)
		expect(talk.log).toEqual(['leave on unload room1'])
	})
})

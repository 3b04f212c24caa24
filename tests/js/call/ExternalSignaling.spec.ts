/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { ExternalSignalingOptions } from '../../../src/call/signaling/ExternalSignaling.ts'
import type { SignalingEvents } from '../../../src/call/signaling/Signaling.ts'
import type { SignalingSettings } from '../../../src/call/talkApi.ts'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ExternalSignaling } from '../../../src/call/signaling/ExternalSignaling.ts'
import { ExternalSignalingError } from '../../../src/call/signaling/ExternalSignalingError.ts'
import { FakeHpb } from './fakes/FakeHpbSocket.ts'
import { flush } from './fakes/webrtc.ts'

const axiosMock = vi.hoisted(() => ({ request: vi.fn() }))
vi.mock('@nextcloud/axios', () => ({ default: axiosMock }))

const TOKEN = 'room1234'
const TALK_SESSION = 'talk-session-of-the-guest'
const BACKEND = 'https://cloud.example/ocs/v2.php/apps/spreed/api/v3/signaling/backend'
const SHARER = { sessionid: 'hpb-sharer', userid: 'alice', roomsessionid: 'talk-session-of-alice' }

let hpb: FakeHpb
let logged: string[]
let talkRequests: string[]

/**
 * @param token the hello v2 token ('' for none)
 */
function settingsWith(token: string): SignalingSettings {
	return {
		signalingMode: 'external',
		userId: null,
		hideWarning: false,
		server: 'https://signal.example/standalone-signaling/',
		ticket: 'ticket-1',
		helloAuthParams: { '1.0': { userid: null, ticket: 'ticket-1' }, '2.0': { token } },
		stunservers: [],
		turnservers: [],
		sipDialinInfo: '',
		federation: null,
	}
}

/**
 * A signaling with its events recorded.
 *
 * @param options constructor overrides
 */
function makeSignaling(options: Partial<ExternalSignalingOptions> = {}) {
	const signaling = new ExternalSignaling({
		token: TOKEN,
		sessionId: TALK_SESSION,
		settings: settingsWith('jwt-1'),
		createSocket: hpb.create,
		backendUrl: BACKEND,
		fetchSettings: vi.fn(async () => settingsWith('jwt-fresh')),
		random: () => 0.5,
		log: (message) => logged.push(message),
		...options,
	})
	const events: { [Name in keyof SignalingEvents]: SignalingEvents[Name][] } = {
		participants: [],
		message: [],
		sessionGone: [],
		connectionState: [],
		error: [],
	}
	for (const name of Object.keys(events) as (keyof SignalingEvents)[]) {
		signaling.on(name, (payload) => (events[name] as unknown[]).push(payload))
	}
	const states = () => events.connectionState.map(({ state }) => state)
	return { signaling, events, states }
}

/**
 * A signaling in the room and in the call, the sharer present.
 *
 * @param options constructor overrides
 */
async function inCall(options: Partial<ExternalSignalingOptions> = {}) {
	hpb.others = [SHARER]
	const made = makeSignaling(options)
	await made.signaling.connect()
	await made.signaling.joinCall(7)
	await flush()
	return made
}

const framesOfType = (type: string) => hpb.frames.filter((frame) => frame.type === type)

beforeEach(() => {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
	hpb = new FakeHpb()
	logged = []
	talkRequests = []
	axiosMock.request.mockReset()
	axiosMock.request.mockImplementation(async (config: { method: string, url: string, data?: { flags?: number } }) => {
		talkRequests.push(`${config.method} ${config.url.replace(/^.*\/ocs\/v2\.php\//, '')}${config.data?.flags ? ` ${config.data.flags}` : ''}`)
		return { data: { ocs: { meta: {}, data: null } } }
	})
})

afterEach(() => {
	vi.useRealTimers()
})

describe('ExternalSignaling hello', () => {
	it('connects to <server>/spreed and says hello v2 with the token after the welcome, then joins the room with the Talk session id', async () => {
		const { signaling, states } = makeSignaling()
		await signaling.connect()
		expect(hpb.socket.url).toBe('wss://signal.example/standalone-signaling/spreed')
		expect(hpb.frames).toEqual([
			{ id: '1', type: 'hello', hello: { version: '2.0', auth: { url: BACKEND, params: { token: 'jwt-1' } } } },
			{ id: '2', type: 'room', room: { roomid: TOKEN, sessionid: TALK_SESSION } },
		])
		expect(signaling.ownSessionId).toBe('hpb-1')
		expect(signaling.hasFeature('hello-v2')).toBe(true)
		expect(signaling.hasFeature('mcu')).toBe(false)
		expect(states()).toEqual(['connecting', 'connected'])
	})

	it('falls back to a hello v1 ticket when the server lacks hello-v2', async () => {
		hpb.features = ['audio-video-permissions', 'incall-all', 'switchto', 'welcome']
		const { signaling } = makeSignaling()
		await signaling.connect()
		expect(framesOfType('hello')).toEqual([
			{ id: '1', type: 'hello', hello: { version: '1.0', auth: { url: BACKEND, params: { userid: null, ticket: 'ticket-1' } } } },
		])
	})

	it('uses the v1 ticket without waiting when Talk gives no v2 token', async () => {
		const { signaling } = makeSignaling({ settings: settingsWith('') })
		await signaling.connect()
		expect((framesOfType('hello')[0]?.hello as { version: string }).version).toBe('1.0')
	})

	it('refetches the settings once when the hello token expired, and fails clearly when the new one is refused too', async () => {
		hpb.helloError = 'token_expired'
		const fetchSettings = vi.fn(async () => settingsWith('jwt-fresh'))
		const { signaling, states } = makeSignaling({ fetchSettings })
		const error = await signaling.connect().catch((caught: unknown) => caught)
		expect(error).toBeInstanceOf(ExternalSignalingError)
		expect(error).toMatchObject({ code: 'token_expired', during: 'hello' })
		expect((error as Error).message).toBe('Signaling server (hello): fake token_expired [token_expired]')
		expect(fetchSettings).toHaveBeenCalledTimes(1)
		expect(framesOfType('hello').map((frame) => (frame.hello as { auth: { params: unknown } }).auth.params))
			.toEqual([{ token: 'jwt-1' }, { token: 'jwt-fresh' }])
		expect(states()).toEqual(['connecting', 'closed'])
		expect(hpb.socket.readyState).toBe(3)
		expect(signaling.ownSessionId).toBeNull()
	})

	it('fails with a connection error when the server cannot be reached', async () => {
		hpb.unreachable = true
		const { signaling } = makeSignaling()
		await expect(signaling.connect()).rejects.toMatchObject({ code: 'connection_failed', during: 'connection' })
	})

	it('fails when the hello stays unanswered', async () => {
		const { signaling } = makeSignaling({ requestTimeoutMs: 1000 })
		hpb.onFrame = () => {}
		const connecting = signaling.connect().catch((caught: unknown) => caught)
		await vi.advanceTimersByTimeAsync(3000 + 1000)
		expect(await connecting).toMatchObject({ code: 'timeout', during: 'hello' })
	})
})

describe('ExternalSignaling room', () => {
	it('fails clearly when the room join is refused', async () => {
		hpb.roomError = 'no_such_room'
		const { signaling, states } = makeSignaling()
		const error = await signaling.connect().catch((caught: unknown) => caught)
		expect(error).toMatchObject({ code: 'no_such_room', during: 'room' })
		expect((error as Error).message).toContain('no_such_room')
		expect(states()).toEqual(['connecting', 'closed'])
	})

	it('joins the call through Talk only after the room join', async () => {
		await inCall()
		expect(talkRequests).toEqual([`POST apps/spreed/api/v4/call/${TOKEN} 7`])
	})

	it('maps join, participants update and leave events to participant lists', async () => {
		const { events } = await inCall()
		hpb.socket.receive({
			type: 'event',
			event: {
				target: 'participants',
				type: 'update',
				update: {
					roomid: TOKEN,
					users: [
						{ inCall: 7, sessionId: 'hpb-1', nextcloudSessionId: TALK_SESSION, actorType: 'guests', actorId: 'g1', participantType: 4 },
						{ inCall: 7, sessionId: SHARER.sessionid, nextcloudSessionId: SHARER.roomsessionid, actorType: 'users', actorId: 'alice', userId: 'alice' },
						{ inCall: 1, sessionId: 'internal-1', internal: true },
					],
				},
			},
		})
		expect(events.participants.at(-1)?.participants).toEqual([
			{ sessionId: 'hpb-1', inCall: 7, nextcloudSessionId: TALK_SESSION, actorType: 'guests', actorId: 'g1', userId: undefined },
			{ sessionId: SHARER.sessionid, inCall: 7, nextcloudSessionId: SHARER.roomsessionid, actorType: 'users', actorId: 'alice', userId: 'alice' },
			{ sessionId: 'internal-1', inCall: 1, nextcloudSessionId: undefined, actorType: undefined, actorId: undefined, userId: undefined, internal: true },
		])
		hpb.socket.receive({ type: 'event', event: { target: 'room', type: 'leave', leave: [SHARER.sessionid] } })
		expect(events.participants.at(-1)?.participants.map(({ sessionId }) => sessionId)).toEqual(['hpb-1', 'internal-1'])
		hpb.socket.receive({ type: 'event', event: { target: 'participants', type: 'update', update: { roomid: TOKEN, incall: 0, all: true } } })
		expect(events.participants.at(-1)?.participants.map(({ inCall }) => inCall)).toEqual([0, 0])
	})

	it('keeps every form of participants update the server sends: one merged `users` list, and `all`', async () => {
		// spreed BackendNotifier::roomInCallChanged sends `users` (who is in the call) and `changed`;
		// the server (backend_server.go fixupUserSessions, clientsession.go filterMessage) appends
		// the `changed` entries missing from `users` and drops `changed`, so who left the call is in
		// `users` with flags 0. participantsModified entries have no nextcloudSessionId.
		const { events } = await inCall()
		const entry = (sessionId: string, inCall: number, nextcloudSessionId: string, actor: string) => {
			const [actorType, actorId] = actor.split('/') as [string, string]
			return { inCall, lastPing: 1765152000, sessionId, nextcloudSessionId, participantType: actorType === 'users' ? 1 : 4, participantPermissions: 254, actorType, actorId, ...(actorType === 'users' ? { userId: actorId } : {}) }
		}
		const update = (body: object) => hpb.socket.receive({ type: 'event', event: { target: 'participants', type: 'update', update: { roomid: TOKEN, ...body } } })
		const flags = () => Object.fromEntries((events.participants.at(-1)?.participants ?? []).map(({ sessionId, inCall }) => [sessionId, inCall]))
		const own = entry('hpb-1', 7, TALK_SESSION, 'guests/g1')
		const sharer = entry(SHARER.sessionid, 7, SHARER.roomsessionid, 'users/alice')

		update({ users: [own] })
		expect(flags()).toEqual({ 'hpb-1': 7, [SHARER.sessionid]: 0 })
		update({ users: [own, sharer] })
		expect(flags()).toEqual({ 'hpb-1': 7, [SHARER.sessionid]: 7 })
		expect(events.participants.at(-1)?.participants).toContainEqual({ sessionId: SHARER.sessionid, inCall: 7, nextcloudSessionId: SHARER.roomsessionid, actorType: 'users', actorId: 'alice', userId: 'alice' })
		// alice leaves the call: appended from `changed` with flags 0
		update({ users: [own, { ...sharer, inCall: 0 }] })
		expect(flags()).toEqual({ 'hpb-1': 7, [SHARER.sessionid]: 0 })
		// a participants request keeps the Talk session id that was known
		const withoutTalkSession: Partial<typeof sharer> = { ...sharer, inCall: 3 }
		delete withoutTalkSession.nextcloudSessionId
		update({ users: [own, withoutTalkSession] })
		expect(events.participants.at(-1)?.participants).toContainEqual(expect.objectContaining({ sessionId: SHARER.sessionid, inCall: 3, nextcloudSessionId: SHARER.roomsessionid }))
		// the last one leaves: only that entry, nobody is in the call
		update({ users: [{ ...own, inCall: 0 }] })
		expect(flags()).toEqual({ 'hpb-1': 0, [SHARER.sessionid]: 3 })
		update({ incall: 7, all: true })
		expect(flags()).toEqual({ 'hpb-1': 7, [SHARER.sessionid]: 7 })
		update({ incall: 0, all: true })
		expect(flags()).toEqual({ 'hpb-1': 0, [SHARER.sessionid]: 0 })
		expect(logged).toEqual([])
	})

	it('sends call messages to the recipient session and sets `from` on received ones', async () => {
		const { signaling, events } = await inCall()
		signaling.sendCallMessage({ to: SHARER.sessionid, sid: '1', roomType: 'video', type: 'offer', payload: { type: 'offer', sdp: 'v=0' } })
		expect(hpb.frames.at(-1)).toEqual({
			type: 'message',
			message: { recipient: { type: 'session', sessionid: SHARER.sessionid }, data: { to: SHARER.sessionid, sid: '1', roomType: 'video', type: 'offer', payload: { type: 'offer', sdp: 'v=0' } } },
		})
		hpb.socket.receive({ type: 'message', message: { sender: { type: 'session', sessionid: SHARER.sessionid, userid: 'alice' }, data: { to: 'hpb-1', sid: '1', roomType: 'video', type: 'answer', payload: { type: 'answer', sdp: 'v=0' } } } })
		hpb.socket.receive({ type: 'control', control: { sender: { type: 'session', sessionid: SHARER.sessionid }, data: { action: 'forceMute', peerId: 'hpb-1' } } })
		expect(events.message).toEqual([
			{ to: 'hpb-1', sid: '1', roomType: 'video', type: 'answer', payload: { type: 'answer', sdp: 'v=0' }, from: SHARER.sessionid },
			{ type: 'control', payload: { action: 'forceMute', peerId: 'hpb-1' }, from: SHARER.sessionid },
		])
	})

	it('ignores an unknown message type and logs it once', async () => {
		const { events } = await inCall()
		const before = events.participants.length
		hpb.socket.receive({ type: 'hologram', hologram: { shape: 'cube' } })
		hpb.socket.receive({ type: 'hologram', hologram: { shape: 'sphere' } })
		hpb.socket.receive('not json at all')
		expect(logged).toEqual([
			'Signaling server sent an unknown message type "hologram"; ignored',
			'Signaling server sent a frame that is not a JSON message; ignored',
		])
		expect(events.error).toEqual([])
		expect(events.participants.length).toBe(before)
	})

	it('ends with `deleted` when the server takes us out of the room', async () => {
		const { events } = await inCall()
		hpb.socket.receive({ type: 'room', room: { roomid: '' } })
		expect(events.sessionGone).toEqual([{ reason: 'deleted' }])
		expect(hpb.socket.readyState).toBe(3)
	})

	it('ends with `removed` when Talk removed our session: the server\'s disinvite, then it closes session and socket', async () => {
		const { events, states } = await inCall()
		// server/backend_server.go sendRoomDisinvite (Talk's roomSessionsRemoved), then
		// api/signaling.go CloseAfterSend: the session is closed and cannot be resumed.
		hpb.resumable = false
		hpb.socket.receive({ type: 'event', event: { target: 'roomlist', type: 'disinvite', disinvite: { roomid: TOKEN, reason: 'disinvited' } } })
		hpb.socket.drop()
		expect(events.sessionGone).toEqual([{ reason: 'removed' }])
		expect(states()).not.toContain('reconnecting')
		await vi.advanceTimersByTimeAsync(60_000)
		expect(hpb.sockets).toHaveLength(1)
		expect(events.error).toEqual([])
	})

	it('ends with `deleted` on the disinvite for a deleted room, and ignores one for another room', async () => {
		const { events } = await inCall()
		hpb.socket.receive({ type: 'event', event: { target: 'roomlist', type: 'disinvite', disinvite: { roomid: 'another-room', reason: 'disinvited' } } })
		expect(events.sessionGone).toEqual([])
		hpb.socket.receive({ type: 'event', event: { target: 'roomlist', type: 'disinvite', disinvite: { roomid: TOKEN, reason: 'deleted' } } })
		expect(events.sessionGone).toEqual([{ reason: 'deleted' }])
	})

	it('ends with `duplicate` when another connection took over the Talk session', async () => {
		const { events } = await inCall()
		hpb.socket.receive({ type: 'bye', bye: { reason: 'room_session_reconnected' } })
		expect(events.sessionGone).toEqual([{ reason: 'duplicate' }])
	})

	it('says bye on disconnect and closes the socket', async () => {
		const { signaling, states } = await inCall()
		await signaling.disconnect()
		expect(hpb.frames.at(-1)).toEqual({ id: '3', type: 'bye', bye: {} })
		expect(hpb.socket.readyState).toBe(3)
		expect(states()).toEqual(['connecting', 'connected', 'closed'])
		await vi.advanceTimersByTimeAsync(60_000)
		expect(hpb.sockets).toHaveLength(1)
		await signaling.disconnect()
		expect(framesOfType('bye')).toHaveLength(1)
	})
})

describe('ExternalSignaling after a dropped socket', () => {
	it('shows reconnecting, resumes the session after the backoff and sends what was queued meanwhile', async () => {
		const { signaling, states, events } = await inCall()
		hpb.socket.drop()
		expect(states().at(-1)).toBe('reconnecting')
		signaling.sendCallMessage({ to: SHARER.sessionid, roomType: 'video', type: 'unmute', payload: { name: 'audio' } })
		// backoff: 1000 / 2 + 0.5 * 1000
		await vi.advanceTimersByTimeAsync(999)
		expect(hpb.sockets).toHaveLength(1)
		await vi.advanceTimersByTimeAsync(1)
		await flush()
		expect(hpb.sockets).toHaveLength(2)
		expect(hpb.socket.sent).toEqual([
			{ id: '3', type: 'hello', hello: { version: '1.0', resumeid: 'resume-1' } },
			{ type: 'message', message: { recipient: { type: 'session', sessionid: SHARER.sessionid }, data: { to: SHARER.sessionid, roomType: 'video', type: 'unmute', payload: { name: 'audio' } } } },
		])
		expect(states().slice(-2)).toEqual(['reconnecting', 'connected'])
		expect(signaling.ownSessionId).toBe('hpb-1')
		expect(talkRequests).toHaveLength(1)
		expect(events.error).toEqual([])
	})

	it('starts a new session with fresh settings, rejoins the room and the call when the resume is refused', async () => {
		const fetchSettings = vi.fn(async () => settingsWith('jwt-fresh'))
		const { signaling, states, events } = await inCall({ fetchSettings })
		hpb.resumable = false
		hpb.socket.drop()
		await vi.advanceTimersByTimeAsync(3000)
		await flush()
		expect(hpb.socket.sent).toEqual([
			{ id: '3', type: 'hello', hello: { version: '1.0', resumeid: 'resume-1' } },
			{ id: '4', type: 'hello', hello: { version: '2.0', auth: { url: BACKEND, params: { token: 'jwt-fresh' } } } },
			{ id: '5', type: 'room', room: { roomid: TOKEN, sessionid: TALK_SESSION } },
		])
		expect(talkRequests).toEqual([`POST apps/spreed/api/v4/call/${TOKEN} 7`, `POST apps/spreed/api/v4/call/${TOKEN} 7`])
		expect(signaling.ownSessionId).toBe('hpb-2')
		expect(states().slice(-2)).toEqual(['reconnecting', 'connected'])
		// The new own session counts as in the call until Talk says otherwise; the old one is gone.
		expect(events.participants.at(-1)?.participants).toContainEqual(expect.objectContaining({ sessionId: 'hpb-2', inCall: 7 }))
		expect(events.participants.at(-1)?.participants.map(({ sessionId }) => sessionId)).not.toContain('hpb-1')
	})

	it('starts a new session at once when the server refuses the resume as too_many_requests, as Talk web does', async () => {
		// server/hub.go processHello: after 10 failed resumes from one address in 30 minutes every
		// resume from it is answered `too_many_requests` (async/throttle.go); a hello without
		// resume id is not throttled. Talk web's helloResponseReceived sends a fresh hello on the
		// same socket for any error to a resume.
		const { signaling, states, events } = await inCall()
		hpb.resumeError = 'too_many_requests'
		hpb.socket.drop()
		await vi.advanceTimersByTimeAsync(3000)
		await flush()
		expect(hpb.sockets).toHaveLength(2)
		expect(hpb.socket.sent).toEqual([
			{ id: '3', type: 'hello', hello: { version: '1.0', resumeid: 'resume-1' } },
			{ id: '4', type: 'hello', hello: { version: '2.0', auth: { url: BACKEND, params: { token: 'jwt-fresh' } } } },
			{ id: '5', type: 'room', room: { roomid: TOKEN, sessionid: TALK_SESSION } },
		])
		expect(talkRequests).toEqual([`POST apps/spreed/api/v4/call/${TOKEN} 7`, `POST apps/spreed/api/v4/call/${TOKEN} 7`])
		expect(signaling.ownSessionId).toBe('hpb-2')
		expect(states().slice(-2)).toEqual(['reconnecting', 'connected'])
		expect(events.error).toEqual([])
	})

	it('after a refused resume holds call messages until Talk confirmed the call join of the new session', async () => {
		// spreed CallController::joinCall → ParticipantService::changeInCall dispatches
		// ParticipantModifiedEvent even with unchanged flags, so Talk's Listener sends `incall`
		// for our Talk session; the server gives those flags to the new signaling session, and a
		// requestoffer before that would be refused (hub.go processMcuMessage: not_allowed).
		const { signaling } = await inCall()
		hpb.resumable = false
		let confirm: () => void = () => {}
		axiosMock.request.mockImplementationOnce(async (config: { method: string, url: string, data?: { flags?: number } }) => {
			talkRequests.push(`${config.method} ${config.url.replace(/^.*\/ocs\/v2\.php\//, '')} ${config.data?.flags}`)
			await new Promise<void>((resolve) => {
				confirm = resolve
			})
			return { data: { ocs: { meta: {}, data: null } } }
		})
		hpb.socket.drop()
		await vi.advanceTimersByTimeAsync(3000)
		await flush()
		expect(talkRequests).toEqual([`POST apps/spreed/api/v4/call/${TOKEN} 7`, `POST apps/spreed/api/v4/call/${TOKEN} 7`])
		signaling.sendCallMessage({ to: SHARER.sessionid, roomType: 'video', type: 'requestoffer' })
		expect(framesOfType('message')).toEqual([])

		confirm()
		await flush()
		expect(framesOfType('message')).toEqual([
			{ type: 'message', message: { recipient: { type: 'session', sessionid: SHARER.sessionid }, data: { to: SHARER.sessionid, roomType: 'video', type: 'requestoffer' } } },
		])
		expect(signaling.ownSessionId).toBe('hpb-2')
	})

	it('rejoins a new session\'s call with the consent to recording and the silence the first join had', async () => {
		hpb.others = [SHARER]
		const { signaling } = makeSignaling()
		await signaling.connect()
		await signaling.joinCall(7, true, true)
		await flush()
		const joins = () => axiosMock.request.mock.calls.map(([config]) => config as { method: string, url: string, data?: unknown }).filter((config) => config.method === 'POST' && config.url.endsWith(`/call/${TOKEN}`))
		hpb.resumable = false
		hpb.socket.drop()
		await vi.advanceTimersByTimeAsync(3000)
		await flush()
		expect(joins().map((config) => config.data)).toEqual([
			{ flags: 7, silent: true, recordingConsent: true },
			{ flags: 7, silent: true, recordingConsent: true },
		])
	})

	it('joins the call again on the next attempt when Talk refused it for the new session', async () => {
		const { signaling, states } = await inCall()
		hpb.resumable = false
		axiosMock.request.mockRejectedValueOnce({ response: { status: 503 } })
		hpb.socket.drop()
		await vi.advanceTimersByTimeAsync(1000)
		await flush()
		expect(states().at(-1)).toBe('reconnecting')
		hpb.resumable = true
		await vi.advanceTimersByTimeAsync(2000)
		await flush()
		expect(hpb.socket.sent.map((frame) => frame.type)).toEqual(['hello'])
		expect(talkRequests.filter((request) => request.startsWith('POST'))).toHaveLength(2)
		expect(states().at(-1)).toBe('connected')
		expect(signaling.ownSessionId).toBe('hpb-2')
	})

	it('keeps trying with a growing backoff and fails clearly after 30 s', async () => {
		const { states, events } = await inCall()
		hpb.unreachable = true
		hpb.socket.drop()
		await vi.advanceTimersByTimeAsync(29_999)
		expect(events.error).toEqual([])
		// attempts after 1, 1 + 2, 3 + 4 and 7 + 8 s; the next would be 16 s later
		expect(hpb.sockets.length).toBe(5)
		await vi.advanceTimersByTimeAsync(1)
		expect(events.error).toHaveLength(1)
		expect(events.error[0]).toMatchObject({ fatal: true, error: { code: 'reconnect_failed' } })
		expect(events.error[0]?.error.message).toContain('could not be restored within 30 s')
		expect(states().at(-1)).toBe('closed')
		await vi.advanceTimersByTimeAsync(60_000)
		expect(hpb.sockets.length).toBe(5)
	})
})

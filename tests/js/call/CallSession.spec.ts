/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { CallSessionOptions, CallState } from '../../../src/call/callSessionTypes.ts'
import type { SignalingContext, SignalingParticipant } from '../../../src/call/signaling/Signaling.ts'
import type { SignalingSettings } from '../../../src/call/talkApi.ts'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CallSession } from '../../../src/call/CallSession.ts'
import { UnsupportedSignalingError } from '../../../src/call/errors.ts'
import { FakeSignaling } from './fakes/FakeSignaling.ts'
import {
	createFakePeerConnection,
	FakeMediaStream,
	FakeMediaStreamTrack,
	FakePeerConnection,
	flush,
	localStream,
} from './fakes/webrtc.ts'

const axiosMock = vi.hoisted(() => ({ request: vi.fn() }))
vi.mock('@nextcloud/axios', () => ({ default: axiosMock }))
vi.mock('@nextcloud/auth', () => ({ getRequestToken: () => 'csrf-token-123' }))

const TOKEN = 'room1234'
const GUEST = 'm-guest-session'
const SHARER_SMALLER = 'a-sharer-session'
const SHARER_LARGER = 'z-sharer-session'

let log: string[]
let settings: SignalingSettings
let signaling: FakeSignaling | null
let failing: Record<string, number>
let onRequest: (request: string) => void

/**
 * The fake Talk server behind the mocked axios: answers by method and path, logs every request.
 *
 * @param config the axios request
 * @param config.method HTTP method
 * @param config.url full URL
 */
async function talk(config: { method: string, url: string }) {
	const path = config.url.slice(config.url.indexOf('/ocs/v2.php/') + '/ocs/v2.php/'.length)
	const request = `${config.method} ${path}`
	log.push(request)
	onRequest(request)
	const status = failing[request]
	if (status !== undefined) {
		throw { response: { status, data: { ocs: { meta: {}, data: null } } } }
	}
	const answers: Record<string, unknown> = {
		'POST apps/spreed/api/v1/publicshareauth': { token: TOKEN, name: 'rita@example.com', displayName: 'rita@example.com' },
		[`POST apps/spreed/api/v4/room/${TOKEN}/participants/active`]: { token: TOKEN, sessionId: GUEST },
		'GET apps/spreed/api/v3/signaling/settings': settings,
	}
	return { status: 200, data: { ocs: { meta: {}, data: answers[request] ?? null } } }
}

/**
 * @param options overrides
 */
function makeSession(options: Partial<CallSessionOptions> = {}): { session: CallSession, states: CallState[], stream: FakeMediaStream } {
	const stream = localStream()
	const session = new CallSession({
		shareToken: 'shareTok',
		displayName: 'Rita Recipient',
		localStream: stream as unknown as MediaStream,
		signalingFactories: {
			internal: (context: SignalingContext) => {
				signaling = new FakeSignaling(context, log)
				return signaling
			},
		},
		createPeerConnection: createFakePeerConnection,
		createSpeakingDetector: null,
		unloadTarget: null,
		...options,
	})
	const states: CallState[] = []
	session.on('state', ({ state }) => states.push(state))
	return { session, states, stream }
}

/**
 * The fake signaling the session created.
 */
function channel(): FakeSignaling {
	if (signaling === null) {
		throw new Error('no signaling created')
	}
	return signaling
}

/**
 * @param sessionId session id
 * @param inCall flags
 */
function participant(sessionId: string, inCall: number): SignalingParticipant {
	return { sessionId, inCall, actorType: sessionId === GUEST ? 'guests' : 'users', actorId: sessionId }
}

/**
 * A started session that rings.
 *
 * @param options overrides
 */
async function ringing(options: Partial<CallSessionOptions> = {}) {
	const made = makeSession(options)
	await made.session.start()
	return made
}

/**
 * A session whose call to the sharer is connected (we offered: our id is larger).
 *
 * @param options overrides
 */
async function connected(options: Partial<CallSessionOptions> = {}) {
	const made = await ringing(options)
	channel().participants([participant(GUEST, 7), participant(SHARER_SMALLER, 7)])
	await flush()
	const offerSid = channel().sentOfType('offer')[0]?.sid
	channel().deliver({ from: SHARER_SMALLER, sid: offerSid, roomType: 'video', type: 'answer', payload: { type: 'answer', sdp: 'answer' } })
	await flush()
	const pc = FakePeerConnection.last()
	pc.setIceState('connected')
	return { ...made, pc }
}

beforeEach(() => {
	vi.useFakeTimers()
	FakePeerConnection.reset()
	log = []
	failing = {}
	onRequest = () => {}
	signaling = null
	settings = {
		signalingMode: 'internal',
		userId: null,
		hideWarning: false,
		server: '',
		ticket: 'ticket',
		helloAuthParams: { '1.0': { userid: null, ticket: 'ticket' }, '2.0': { token: 'jwt' } },
		stunservers: [{ urls: ['stun:stun.example:3478'] }],
		turnservers: [],
		sipDialinInfo: '',
		federation: null,
	}
	axiosMock.request.mockReset()
	axiosMock.request.mockImplementation(talk)
})

afterEach(() => {
	vi.useRealTimers()
	vi.unstubAllGlobals()
})

describe('CallSession start', () => {
	it('creates, joins and rings with at most four Talk requests before the ring, then names the guest', async () => {
		const { session, states } = makeSession()
		await session.start()
		await flush()
		expect(states).toEqual(['creating', 'ringing'])
		expect(log).toEqual([
			'POST apps/spreed/api/v1/publicshareauth',
			`POST apps/spreed/api/v4/room/${TOKEN}/participants/active`,
			'GET apps/spreed/api/v3/signaling/settings',
			'signaling connect',
			'signaling joinCall 7 silent',
			`POST apps/spreed/api/v1/guest/${TOKEN}/name`,
		])
		expect(channel().context).toEqual({ token: TOKEN, sessionId: GUEST, settings })
		expect(session.roomToken).toBe(TOKEN)
	})

	it('joins with the flags of the tracks it has', async () => {
		await ringing({ localStream: new FakeMediaStream([new FakeMediaStreamTrack('video')]) as unknown as MediaStream })
		expect(log).toContain('signaling joinCall 5 silent')
	})

	it('refuses a signaling mode it does not know with a typed error, and leaves the room', async () => {
		settings.signalingMode = 'carrier-pigeon'
		const { session, states } = makeSession()
		const error = await session.start().catch((caught: unknown) => caught)
		expect(error).toBeInstanceOf(UnsupportedSignalingError)
		expect(error).toMatchObject({ signalingMode: 'carrier-pigeon' })
		expect(states).toEqual(['creating', 'ended'])
		expect(session.ending).toEqual({ reason: 'error', error })
		expect(log.at(-1)).toBe(`DELETE apps/spreed/api/v4/room/${TOKEN}/participants/active`)
	})

	it('uses the injected factory for external signaling', async () => {
		settings.signalingMode = 'external'
		const external = vi.fn((context: SignalingContext) => {
			signaling = new FakeSignaling(context, log, 'external', 'hpb-session')
			return signaling
		})
		const { states } = await ringing({ signalingFactories: { external } })
		expect(external).toHaveBeenCalledOnce()
		expect(states.at(-1)).toBe('ringing')
	})

	it('ends with room-gone when Talk does not know the share (404)', async () => {
		failing['POST apps/spreed/api/v1/publicshareauth'] = 404
		const { session } = makeSession()
		await expect(session.start()).rejects.toMatchObject({ status: 404 })
		expect(session.ending?.reason).toBe('room-gone')
		expect(log).toEqual(['POST apps/spreed/api/v1/publicshareauth'])
	})

	it('passes STUN and TURN servers from the settings to the connection', async () => {
		settings.turnservers = [{ urls: ['turn:turn.example:3478?transport=udp'], username: 'u', credential: 'p' }]
		await connected()
		expect(FakePeerConnection.last().configuration).toEqual({
			iceServers: [
				{ urls: ['stun:stun.example:3478'] },
				{ urls: ['turn:turn.example:3478?transport=udp'], username: 'u', credential: 'p' },
			],
		})
	})
})

describe('CallSession and consent to recording', () => {
	it('asks once the room is joined, with the room\'s data, and joins the call with the answer', async () => {
		const asked: unknown[] = []
		const { session, states } = makeSession({ recordingConsentFor: async (room) => {
			asked.push(room)
			log.push('asked')
			return true
		} })
		await session.start()
		await flush()
		expect(asked).toEqual([{ token: TOKEN, sessionId: GUEST }])
		expect(log.slice(0, 5)).toEqual([
			'POST apps/spreed/api/v1/publicshareauth',
			`POST apps/spreed/api/v4/room/${TOKEN}/participants/active`,
			'asked',
			'GET apps/spreed/api/v3/signaling/settings',
			'signaling connect',
		])
		expect(log).toContain('signaling joinCall 7 silent with consent')
		expect(states).toEqual(['creating', 'ringing'])
	})

	it('joins without consent by default', async () => {
		await ringing()
		expect(log).toContain('signaling joinCall 7 silent')
	})

	it('hanging up while the question is open leaves the room and never joins the call', async () => {
		let answer: (given: boolean) => void = () => {}
		const { session, states } = makeSession({ recordingConsentFor: () => new Promise<boolean>((resolve) => {
			answer = resolve
		}) })
		const started = session.start()
		await flush()
		await session.hangUp()
		answer(false)
		await started
		await flush()
		expect(states).toEqual(['creating', 'ended'])
		expect(log.filter((entry) => entry.includes('joinCall') || entry.includes('signaling'))).toEqual([])
		expect(log).toContain(`DELETE apps/spreed/api/v4/room/${TOKEN}/participants/active`)
	})
})

describe('CallSession with the sharer', () => {
	it('offers at once when the sharer\'s session id is smaller', async () => {
		const { states } = await ringing()
		channel().participants([participant(GUEST, 7), participant(SHARER_SMALLER, 7)])
		await flush()
		expect(states.at(-1)).toBe('connecting')
		expect(channel().sentOfType('offer')).toHaveLength(1)
		expect(channel().sentOfType('offer')[0]?.to).toBe(SHARER_SMALLER)
	})

	it('waits for the sharer\'s offer when its id is larger, and answers it', async () => {
		await ringing()
		channel().participants([participant(GUEST, 7), participant(SHARER_LARGER, 7)])
		await flush()
		expect(channel().sent).toEqual([])
		channel().deliver({ from: SHARER_LARGER, sid: '123', roomType: 'video', type: 'offer', payload: { type: 'offer', sdp: 'o', nick: 'Alice' } })
		await flush()
		expect(channel().sentOfType('answer')[0]).toMatchObject({ to: SHARER_LARGER, sid: '123' })
	})

	it('never talks to sessions that are not in the call', async () => {
		await ringing()
		channel().participants([participant(GUEST, 7), participant(SHARER_SMALLER, 0)])
		await vi.advanceTimersByTimeAsync(30_000)
		expect(channel().sent).toEqual([])
		expect(FakePeerConnection.instances).toEqual([])
	})

	it('answers an offer that overtakes the participant list', async () => {
		const { states } = await ringing()
		channel().deliver({ from: SHARER_LARGER, sid: '123', roomType: 'video', type: 'offer', payload: { type: 'offer', sdp: 'o' } })
		await flush()
		expect(states.at(-1)).toBe('connecting')
		expect(channel().sentOfType('answer')).toHaveLength(1)
		// the next list shows them in the call: the same connection stays
		channel().participants([participant(GUEST, 7), participant(SHARER_LARGER, 7)])
		await flush()
		expect(FakePeerConnection.instances).toHaveLength(1)
	})

	it('reports connected, the remote stream, media state and name, and counts the elapsed time', async () => {
		const { session } = makeSession()
		const streams: unknown[] = []
		const names: string[] = []
		const media: unknown[] = []
		session.on('remoteStream', ({ stream }) => streams.push(stream))
		session.on('remoteName', ({ name }) => names.push(name))
		session.on('remoteMedia', (state) => media.push(state))
		await session.start()
		channel().participants([participant(GUEST, 7), participant(SHARER_SMALLER, 7)])
		await flush()
		const pc = FakePeerConnection.last()
		channel().deliver({ from: SHARER_SMALLER, sid: channel().sentOfType('offer')[0]?.sid, roomType: 'video', type: 'answer', payload: { type: 'answer', sdp: 'a', nick: 'Alice' } })
		await flush()
		const remote = new FakeMediaStream()
		pc.remoteTrack(new FakeMediaStreamTrack('video'), [remote])
		pc.setIceState('connected')
		channel().deliver({ from: SHARER_SMALLER, roomType: 'video', type: 'unmute', payload: { name: 'video' } })

		expect(session.state).toBe('connected')
		expect(streams).toEqual([remote])
		expect(names).toEqual(['Alice'])
		expect(media).toEqual([{ audio: undefined, video: true, speaking: undefined }])
		expect(session.elapsedMs).toBe(0)
		await vi.advanceTimersByTimeAsync(42_000)
		expect(session.elapsedMs).toBe(42_000)
	})

	it('shows reconnecting during a network blip', async () => {
		const { session, pc } = await connected()
		pc.setIceState('disconnected')
		expect(session.state).toBe('reconnecting')
		pc.setIceState('connected')
		expect(session.state).toBe('connected')
	})
})

describe('CallSession endings', () => {
	it('ends with no-answer after the default 60 s of ringing, leaving call then room', async () => {
		const { session } = await ringing()
		await vi.advanceTimersByTimeAsync(59_999)
		expect(session.state).toBe('ringing')
		await vi.advanceTimersByTimeAsync(1)
		expect(session.ending).toEqual({ reason: 'no-answer' })
		await flush()
		expect(log.slice(-3)).toEqual(['signaling leaveCall', 'signaling disconnect', `DELETE apps/spreed/api/v4/room/${TOKEN}/participants/active`])
	})

	it('takes a configurable no-answer timeout and stops it once the sharer joins', async () => {
		const { session } = await ringing({ noAnswerTimeoutMs: 5_000 })
		channel().participants([participant(GUEST, 7), participant(SHARER_LARGER, 7)])
		await vi.advanceTimersByTimeAsync(5_000)
		expect(session.state).toBe('connecting')
	})

	it.each([
		['leaves the call (inCall 0)', [participant(GUEST, 7), participant(SHARER_SMALLER, 0)]],
		['disappears from the list', [participant(GUEST, 7)]],
	])('ends with remote-hangup when the sharer %s', async (_case, list) => {
		const { session, pc } = await connected()
		channel().participants(list)
		expect(session.ending).toEqual({ reason: 'remote-hangup' })
		expect(pc.closed).toBe(true)
		await flush()
		expect(log).toContain('signaling leaveCall')
	})

	it('ends with remote-hangup when Talk takes us out of the call', async () => {
		const { session } = await connected()
		channel().participants([participant(GUEST, 0), participant(SHARER_SMALLER, 7)])
		expect(session.ending?.reason).toBe('remote-hangup')
	})

	it('ends with room-gone on a replaced session and does not try to leave', async () => {
		const { session } = await ringing()
		const before = log.length
		channel().sessionGone('duplicate')
		await flush()
		expect(session.ending).toEqual({ reason: 'room-gone', sessionGone: 'duplicate' })
		expect(log.slice(before)).toEqual(['signaling disconnect'])
	})

	it('takes a deleted room after a connection for the sharer hanging up, and leaves nothing that is gone', async () => {
		const { session } = await connected()
		const before = log.length
		channel().sessionGone('deleted')
		await flush()
		expect(session.ending?.reason).toBe('remote-hangup')
		expect(log.slice(before)).toEqual(['signaling disconnect'])
	})

	it('passes on the signaling channel\'s health without ending the call', async () => {
		const { session } = await connected()
		const health: string[] = []
		session.on('signalingState', ({ state }) => health.push(state))
		channel().connectionState('reconnecting')
		channel().connectionState('connected')
		expect(health).toEqual(['reconnecting', 'connected'])
		expect(session.state).toBe('connected')
	})

	it('ends with error when signaling gives up', async () => {
		const { session } = await ringing()
		channel().fail(new Error('transient'), false)
		expect(session.state).toBe('ringing')
		const error = new Error('gave up')
		channel().fail(error, true)
		expect(session.ending).toEqual({ reason: 'error', error })
	})

	it('ends with connection-failed and a TURN hint when no TURN server is configured', async () => {
		const { session, pc } = await connected({ peerTimeouts: { maxIceRestarts: 0 } })
		pc.setIceState('failed')
		await flush()
		expect(session.ending).toEqual({ reason: 'connection-failed', failure: 'ice', turnHint: true })
	})

	it('gives no TURN hint when a relay candidate was gathered', async () => {
		settings.turnservers = [{ urls: ['turn:turn.example'], username: 'u', credential: 'p' }]
		const { session, pc } = await connected({ peerTimeouts: { maxIceRestarts: 0 } })
		pc.gather('candidate:2 1 udp 41885439 198.51.100.7 3478 typ relay raddr 0.0.0.0 rport 0')
		pc.setIceState('failed')
		await flush()
		expect(session.ending).toMatchObject({ reason: 'connection-failed', turnHint: false })
	})

	it('ends with connection-failed when the sharer never answers our offers', async () => {
		const { session } = await ringing({ peerTimeouts: { maxOfferAttempts: 1 } })
		channel().participants([participant(GUEST, 7), participant(SHARER_SMALLER, 7)])
		await vi.advanceTimersByTimeAsync(10_000)
		expect(session.ending).toEqual({ reason: 'connection-failed', failure: 'no-answer', turnHint: false })
	})

	it('hangs up in Talk\'s order: call, signaling, room', async () => {
		const { session, pc } = await connected()
		const before = log.length
		await session.hangUp()
		expect(session.ending).toEqual({ reason: 'hangup' })
		expect(pc.closed).toBe(true)
		expect(log.slice(before)).toEqual(['signaling leaveCall', 'signaling disconnect', `DELETE apps/spreed/api/v4/room/${TOKEN}/participants/active`])
		await session.hangUp()
		expect(log.slice(before)).toHaveLength(3)
	})

	it('hanging up while the room is created leaves nothing behind', async () => {
		const { session, states } = makeSession()
		const starting = session.start()
		await session.hangUp()
		await starting
		await flush()
		expect(states).toEqual(['creating', 'ended'])
		expect(log).toEqual(['POST apps/spreed/api/v1/publicshareauth'])
	})

	it('hanging up while the room is joined leaves it and never joins the call', async () => {
		const { session, states } = makeSession()
		onRequest = (request) => {
			if (request.endsWith('participants/active')) {
				void session.hangUp()
			}
		}
		await session.start()
		await flush()
		expect(states).toEqual(['creating', 'ended'])
		expect(log).toEqual([
			'POST apps/spreed/api/v1/publicshareauth',
			`POST apps/spreed/api/v4/room/${TOKEN}/participants/active`,
			`DELETE apps/spreed/api/v4/room/${TOKEN}/participants/active`,
		])
	})

	it('leaves call and room with keepalive requests when the page goes away', async () => {
		const fetchMock = vi.fn().mockResolvedValue(new Response(null))
		vi.stubGlobal('fetch', fetchMock)
		const page = new EventTarget()
		const { session } = await ringing({ unloadTarget: page as unknown as Window })
		const before = log.length
		page.dispatchEvent(new Event('pagehide'))
		await flush()
		expect(fetchMock.mock.calls.map(([url, init]) => `${init.method} ${String(url).replace(/^.*\/ocs\/v2\.php\//, '')}`)).toEqual([
			`DELETE apps/spreed/api/v4/call/${TOKEN}`,
			`DELETE apps/spreed/api/v4/room/${TOKEN}/participants/active`,
		])
		expect(session.ending).toEqual({ reason: 'hangup' })
		expect(log.slice(before)).toEqual(['signaling disconnect'])
	})
})

describe('CallSession after a refused resume', () => {
	it('rebuilds the connection under its new session at once, offering when the rule says so', async () => {
		settings.signalingMode = 'external'
		const external = (context: SignalingContext) => {
			signaling = new FakeSignaling(context, log, 'external', 'm-hpb-guest')
			return signaling
		}
		const { states } = await ringing({ signalingFactories: { external } })
		channel().participants([participant('m-hpb-guest', 7), participant(SHARER_SMALLER, 7)])
		await flush()
		const [firstOffer] = channel().sentOfType('offer')
		channel().deliver({ from: SHARER_SMALLER, sid: firstOffer?.sid, roomType: 'video', type: 'answer', payload: { type: 'answer', sdp: 'answer' } })
		await flush()
		const first = FakePeerConnection.last()
		first.setIceState('connected')
		expect(states.at(-1)).toBe('connected')

		// The socket dropped, the resume was refused: a fresh hello gave us a new session, and
		// Talk's clients saw the old one leave and the new one join.
		channel().signalingSessionId = 'n-hpb-guest'
		await vi.advanceTimersByTimeAsync(1)
		channel().participants([participant('n-hpb-guest', 7), participant(SHARER_SMALLER, 7)])
		await flush()

		expect(first.closed).toBe(true)
		expect(states.at(-1)).toBe('reconnecting')
		const offers = channel().sentOfType('offer')
		expect(offers).toHaveLength(2)
		expect(offers[1]).toMatchObject({ to: SHARER_SMALLER, roomType: 'video' })
		expect(offers[1]?.sid).not.toBe(firstOffer?.sid)

		channel().deliver({ from: SHARER_SMALLER, sid: offers[1]?.sid, roomType: 'video', type: 'answer', payload: { type: 'answer', sdp: 'answer 2' } })
		await flush()
		FakePeerConnection.last().setIceState('connected')
		expect(states.at(-1)).toBe('connected')
	})
})

describe('CallSession with an MCU', () => {
	const HPB_GUEST = 'm-hpb-guest'

	/**
	 * A ringing session on external signaling whose server has an MCU.
	 *
	 * @param options overrides
	 */
	async function ringingWithMcu(options: Partial<CallSessionOptions> = {}) {
		settings.signalingMode = 'external'
		const external = (context: SignalingContext) => {
			signaling = new FakeSignaling(context, log, 'external', HPB_GUEST)
			signaling.features.add('mcu')
			return signaling
		}
		return ringing({ signalingFactories: { external }, ...options })
	}

	it('publishes to its own session and asks the MCU for the sharer\'s media once the sharer is in the call', async () => {
		await ringingWithMcu()
		channel().participants([participant(HPB_GUEST, 7)])
		await flush()
		expect(channel().sent).toEqual([])

		channel().participants([participant(HPB_GUEST, 7), participant(SHARER_LARGER, 7)])
		await flush()
		expect(channel().sentOfType('requestoffer')).toEqual([{ to: SHARER_LARGER, roomType: 'video', type: 'requestoffer' }])
		const [publisherOffer] = channel().sentOfType('offer')
		expect(publisherOffer).toMatchObject({ to: HPB_GUEST, roomType: 'video', payload: { type: 'offer', nick: 'Rita Recipient' } })
		const publisher = FakePeerConnection.instances.at(-1) as FakePeerConnection
		expect(publisher.ops().filter((op) => op === 'addTrack')).toHaveLength(2)

		channel().deliver({ from: HPB_GUEST, to: HPB_GUEST, sid: publisherOffer?.sid, roomType: 'video', type: 'answer', payload: { type: 'answer', sdp: 'mcu answer' } })
		channel().deliver({ from: SHARER_LARGER, to: HPB_GUEST, sid: 'janus-1', roomType: 'video', type: 'offer', payload: { type: 'offer', sdp: 'mcu offer' } })
		await flush()
		expect(publisher.remoteDescription).toEqual({ type: 'answer', sdp: 'mcu answer' })
		const subscriber = FakePeerConnection.last()
		expect(subscriber).not.toBe(publisher)
		expect(subscriber.ops()).not.toContain('addTrack')
		expect(channel().sentOfType('answer')).toEqual([
			expect.objectContaining({ to: SHARER_LARGER, sid: 'janus-1', roomType: 'video', payload: expect.objectContaining({ type: 'answer' }) }),
		])
	})

	it('repeats requestoffer every 10 s until the MCU offers', async () => {
		await ringingWithMcu()
		channel().participants([participant(HPB_GUEST, 7), participant(SHARER_LARGER, 7)])
		channel().deliver({ from: HPB_GUEST, sid: channel().sentOfType('offer')[0]?.sid, roomType: 'video', type: 'answer', payload: { type: 'answer', sdp: 'mcu answer' } })
		await vi.advanceTimersByTimeAsync(20_000)
		expect(channel().sentOfType('requestoffer')).toHaveLength(3)
		channel().deliver({ from: SHARER_LARGER, sid: 'janus-1', roomType: 'video', type: 'offer', payload: { type: 'offer', sdp: 'mcu offer' } })
		await vi.advanceTimersByTimeAsync(20_000)
		expect(channel().sentOfType('requestoffer')).toHaveLength(3)
	})

	it('ends with a clear failure when the MCU never answers the publisher offer', async () => {
		const { session } = await ringingWithMcu({ peerTimeouts: { maxOfferAttempts: 2 } })
		channel().participants([participant(HPB_GUEST, 7), participant(SHARER_LARGER, 7)])
		await vi.advanceTimersByTimeAsync(10_000)
		expect(session.state).not.toBe('ended')
		expect(channel().sentOfType('offer')).toHaveLength(2)
		await vi.advanceTimersByTimeAsync(10_000)
		expect(session.ending).toEqual({ reason: 'connection-failed', failure: 'no-answer', turnHint: false })
		expect(FakePeerConnection.instances.every((pc) => pc.closed)).toBe(true)
	})
})

describe('CallSession against the High Performance Backend\'s order of events', () => {
	const HPB_GUEST = 'm-hpb-guest'

	/**
	 * External signaling (nextcloud-spreed-signaling) with or without its MCU.
	 *
	 * @param mcu whether the server has the `mcu` feature
	 */
	function externalFactory(mcu: boolean) {
		settings.signalingMode = 'external'
		return (context: SignalingContext) => {
			signaling = new FakeSignaling(context, log, 'external', HPB_GUEST)
			if (mcu) {
				signaling.features.add('mcu')
			}
			return signaling
		}
	}

	it('requests no offer from a participant in the call who sends no media, and counts them as having answered', async () => {
		const { session } = await ringing({ signalingFactories: { external: externalFactory(true) } })
		// Talk's flags: the sharer joined with IN_CALL only (no microphone, no camera).
		channel().participants([participant(HPB_GUEST, 7), participant(SHARER_LARGER, 1)])
		await flush()
		expect(session.state).toBe('connecting')
		const [publisherOffer] = channel().sentOfType('offer')
		expect(publisherOffer).toMatchObject({ to: HPB_GUEST })
		channel().deliver({ from: HPB_GUEST, to: HPB_GUEST, sid: publisherOffer?.sid, roomType: 'video', type: 'answer', payload: { type: 'answer', sdp: 'mcu answer' } })
		await flush()
		FakePeerConnection.last().setIceState('connected')
		expect(session.state).toBe('connected')

		// server/hub.go processMcuMessage would answer a requestoffer with client_not_found after
		// its 10 s MCU timeout, again and again: none is sent.
		await vi.advanceTimersByTimeAsync(60_000)
		expect(channel().sentOfType('requestoffer')).toEqual([])
		expect(session.state).toBe('connected')

		channel().participants([participant(HPB_GUEST, 7), participant(SHARER_LARGER, 0)])
		await flush()
		expect(session.ending).toEqual({ reason: 'remote-hangup' })
	})

	it('ends with the room gone, not as a hang-up, when Talk removed us from the conversation mid-call', async () => {
		const { session } = await connected()
		channel().sessionGone('removed')
		expect(session.ending).toEqual({ reason: 'room-gone', sessionGone: 'removed' })
		await flush()
		expect(log).not.toContain(`DELETE apps/spreed/api/v4/room/${TOKEN}/participants/active`)
	})

	it('subscribes once a participant without media starts sending', async () => {
		await ringing({ signalingFactories: { external: externalFactory(true) } })
		channel().participants([participant(HPB_GUEST, 7), participant(SHARER_LARGER, 1)])
		await flush()
		channel().participants([participant(HPB_GUEST, 7), participant(SHARER_LARGER, 7)])
		await flush()
		expect(channel().sentOfType('requestoffer')).toEqual([{ to: SHARER_LARGER, roomType: 'video', type: 'requestoffer' }])
	})

	it('connects to a sharer already in the call whose update came during the call join request (MCU)', async () => {
		const factory = externalFactory(true)
		const { session } = await ringing({
			signalingFactories: {
				external: (context) => {
					const made = factory(context)
					// backend_server.go sendRoomIncall → room.go PublishUsersInCallChanged: the list
					// with both of us reaches the client before Talk's answer to the join request.
					made.duringJoinCall = () => made.participants([participant(HPB_GUEST, 7), participant(SHARER_LARGER, 7)])
					return made
				},
			},
		})
		await flush()
		expect(session.state).toBe('connecting')
		expect(channel().sentOfType('requestoffer')).toEqual([{ to: SHARER_LARGER, roomType: 'video', type: 'requestoffer' }])
		expect(channel().sentOfType('offer')).toHaveLength(1)
	})

	it('answers the offer of a sharer already in the call that came during the call join request (no MCU)', async () => {
		const factory = externalFactory(false)
		const { session } = await ringing({
			signalingFactories: {
				external: (context) => {
					const made = factory(context)
					// The sharer's client saw us join the call and offers at once (its id is larger).
					made.duringJoinCall = () => {
						made.participants([participant(HPB_GUEST, 7), participant(SHARER_LARGER, 7)])
						made.deliver({ from: SHARER_LARGER, to: HPB_GUEST, sid: 'sharer-1', roomType: 'video', type: 'offer', payload: { type: 'offer', sdp: 'sharer offer' } })
					}
					return made
				},
			},
		})
		await flush()
		expect(session.state).toBe('connecting')
		expect(channel().sentOfType('answer')).toEqual([expect.objectContaining({ to: SHARER_LARGER, sid: 'sharer-1' })])
	})
})

describe('CallSession local media', () => {
	it('mutes the microphone without changing the call flags', async () => {
		const { session, stream, pc } = await connected()
		const status = pc.channel('status')
		status.open()
		status.sent.length = 0
		const sentBefore = channel().sent.length
		session.setMicrophoneEnabled(false)
		expect(stream.getAudioTracks()[0]?.enabled).toBe(false)
		expect(status.sent).toEqual(['{"type":"audioOff"}'])
		expect(channel().sent.slice(sentBefore).map((message) => [message.type, message.payload])).toEqual([['mute', { name: 'audio' }]])
		expect(log.filter((entry) => entry.startsWith('PUT'))).toEqual([])
		expect(session.localMedia).toMatchObject({ audioEnabled: false, audioAvailable: true })
	})

	it('switches the camera off and on', async () => {
		const { session, stream, pc } = await connected()
		const status = pc.channel('status')
		status.open()
		status.sent.length = 0
		session.setCameraEnabled(false)
		session.setCameraEnabled(true)
		expect(stream.getVideoTracks()[0]?.enabled).toBe(true)
		expect(status.sent).toEqual(['{"type":"videoOff"}', '{"type":"videoOn"}'])
	})

	it('tells everyone when the camera is removed mid-call and drops the video flag', async () => {
		const { session, stream } = await connected()
		const ended: string[] = []
		session.on('localTrackEnded', ({ kind }) => ended.push(kind))
		stream.getVideoTracks()[0]?.end()
		await flush()
		expect(ended).toEqual(['video'])
		expect(channel().sent.at(-1)).toMatchObject({ type: 'mute', payload: { name: 'video' } })
		expect(log.at(-1)).toBe(`PUT apps/spreed/api/v4/call/${TOKEN}`)
		expect(axiosMock.request.mock.calls.at(-1)?.[0].data).toEqual({ flags: 3 })
		expect(session.state).toBe('connected')
	})

	it('switches to another camera without renegotiation and restores the flag', async () => {
		const { session, stream, pc } = await connected()
		const old = stream.getVideoTracks()[0] as FakeMediaStreamTrack
		old.end()
		const replacement = new FakeMediaStreamTrack('video')
		await session.switchDevice(replacement as unknown as MediaStreamTrack)
		expect(stream.getVideoTracks()).toEqual([replacement])
		expect(old.stopped).toBe(true)
		expect(pc.transceivers.find((transceiver) => transceiver.receiver.track.kind === 'video')?.sender.track).toBe(replacement)
		expect(pc.ops().filter((op) => op === 'createOffer')).toHaveLength(1)
		expect(axiosMock.request.mock.calls.at(-1)?.[0].data).toEqual({ flags: 7 })
		expect(channel().sent.at(-1)).toMatchObject({ type: 'unmute', payload: { name: 'video' } })
	})

	it('mutes itself on a moderator\'s forceMute', async () => {
		const { session } = await connected()
		channel().deliver({ from: SHARER_SMALLER, type: 'control', payload: { action: 'forceMute', peerId: GUEST } })
		expect(session.localMedia.audioEnabled).toBe(false)
	})

	it('reports speaking from the injected detector', async () => {
		let report: (speaking: boolean) => void = () => {}
		const { pc } = await connected({
			createSpeakingDetector: (_stream, onChange) => {
				report = onChange
				return { stop: () => {} }
			},
		})
		const status = pc.channel('status')
		status.open()
		status.sent.length = 0
		report(true)
		report(false)
		expect(status.sent).toEqual(['{"type":"speaking"}', '{"type":"stoppedSpeaking"}'])
	})
})

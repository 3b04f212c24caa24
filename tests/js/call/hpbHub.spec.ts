/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { EventEmitter } from 'node:events'
import { afterEach, describe, expect, it } from 'vitest'
import { BruteforceThrottler } from '../../demo/hpb/BruteforceThrottler.mjs'
import { Hub } from '../../demo/hpb/Hub.mjs'

/*
 * The demo's signaling server stand-in against nextcloud-spreed-signaling (commit 6046e47):
 * each case names the Go function whose behaviour it pins.
 */

/** A client WebSocket as the `ws` server hands it to the hub. */
class FakeSocket extends EventEmitter {
	readyState = 1
	readonly received: any[] = []

	send(text: string): void {
		this.received.push(JSON.parse(text))
	}

	close(): void {
		if (this.readyState === 1) {
			this.readyState = 3
			this.emit('close')
		}
	}

	terminate(): void {
		this.close()
	}

	ping(): void {}

	frame(message: unknown): void {
		this.emit('message', Buffer.from(JSON.stringify(message)), false)
	}

	ofType(type: string): any[] {
		return this.received.filter((message) => message.type === type)
	}
}

/** Talk's side: room joins allowed, every request recorded. */
function fakeBackend() {
	const requests: any[] = []
	return {
		requests,
		matches: () => true,
		verifyToken: async (token: string) => ({ userId: token === 'alice-token' ? 'alice' : '', user: undefined }),
		request: async (request: any) => {
			requests.push(request)
			return request.type === 'room' ? { type: 'room', room: { roomid: request.room.roomid, properties: { type: 3 } } } : { type: request.type }
		},
	}
}

const hubs: Hub[] = []
afterEach(() => hubs.splice(0).forEach((hub) => hub.close()))

function makeHub(throttler?: BruteforceThrottler) {
	const backend = fakeBackend()
	const hub = new Hub({ backend, features: ['hello-v2'], log: () => {}, ...(throttler === undefined ? {} : { throttler }) })
	hubs.push(hub)
	return { hub, backend }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10))

/**
 * A client that said hello (v2) and joined `room1` with the given Talk session.
 *
 * @param hub the hub
 * @param talkSession the Talk session id
 * @param token the hello token ('alice-token': the user alice)
 */
async function joined(hub: Hub, talkSession: string, token = 'guest-token', address = '203.0.113.7') {
	const socket = new FakeSocket()
	hub.accept(socket as never, address)
	socket.frame({ id: '1', type: 'hello', hello: { version: '2.0', auth: { url: 'http://nc/', params: { token } } } })
	await settle()
	socket.frame({ id: '2', type: 'room', room: { roomid: 'room1', sessionid: talkSession } })
	await settle()
	const hello = socket.ofType('hello')[0].hello
	return { socket, sessionId: hello.sessionid as string, resumeId: hello.resumeid as string }
}

describe('the demo signaling server: hello and resume (hub.go processHello, clientsession.go NotifySessionResumed)', () => {
	it('echoes the hello version, needs one for a resume, and sends the room\'s participants after a resume', async () => {
		const { hub } = makeHub()
		const guest = await joined(hub, 'talk-guest')
		expect(guest.socket.ofType('hello')[0].hello.version).toBe('2.0')
		hub.roomRequest('room1', { type: 'incall', incall: { incall: 7, changed: [{ sessionId: 'talk-guest', inCall: 7 }], users: [{ sessionId: 'talk-guest', inCall: 7 }] } })
		guest.socket.terminate()

		const again = new FakeSocket()
		hub.accept(again as never)
		again.frame({ id: '3', type: 'hello', hello: { resumeid: guest.resumeId } })
		await settle()
		expect(again.ofType('error')[0].error.code).toBe('invalid_hello_version')
		again.frame({ id: '4', type: 'hello', hello: { version: '2.0', resumeid: guest.resumeId } })
		await settle()
		expect(again.ofType('hello')[0].hello).toMatchObject({ version: '2.0', sessionid: guest.sessionId })
		expect(again.received.at(-1)).toEqual({ type: 'event', event: { target: 'participants', type: 'update', update: { roomid: 'room1', users: [{ sessionId: guest.sessionId, inCall: 7 }] } } })
	})

	it('refuses a hello v2 without token as invalid_format', async () => {
		const { hub } = makeHub()
		const socket = new FakeSocket()
		hub.accept(socket as never)
		socket.frame({ id: '1', type: 'hello', hello: { version: '2.0', auth: { url: 'http://nc/', params: { token: '' } } } })
		await settle()
		expect(socket.ofType('error')[0]).toMatchObject({ id: '1', error: { code: 'invalid_format' } })
	})
})

describe('the demo signaling server: too_many_requests (hub.go processHello, async/throttle.go)', () => {
	/** A throttler on a fake clock that records its delays instead of waiting. */
	function fakeThrottler() {
		const clock = { now: Date.UTC(2026, 11, 7, 23, 0) }
		const delays: number[] = []
		const throttler = new BruteforceThrottler({ now: () => clock.now, sleep: async (ms) => void delays.push(ms) })
		return { throttler, delays, clock }
	}

	/**
	 * A new connection from the address sends a resume.
	 *
	 * @param hub the hub
	 * @param resumeId the resume id
	 * @param address the client's address
	 */
	async function resume(hub: Hub, resumeId: string, address: string) {
		const socket = new FakeSocket()
		hub.accept(socket as never, address)
		socket.frame({ id: '9', type: 'hello', hello: { version: '2.0', resumeid: resumeId } })
		await settle()
		return socket
	}

	it('a made-up resume id is answered no_such_session after a growing delay; after 10 in 30 minutes the address gets too_many_requests for every resume, its own included', async () => {
		const { throttler, delays, clock } = fakeThrottler()
		const { hub } = makeHub(throttler)
		const guest = await joined(hub, 'talk-guest', 'guest-token', '198.51.100.4')
		guest.socket.terminate()

		for (let attempt = 0; attempt < 10; attempt++) {
			clock.now += 60_000
			const socket = await resume(hub, `made-up-${attempt}`, '198.51.100.4')
			expect(socket.received.at(-1)).toEqual({ id: '9', type: 'error', error: { code: 'no_such_session', message: 'The session to resume does not exist.' } })
		}
		// throttle.go getDelay: 100 ms doubled per earlier failure, at most 25 s
		expect(delays).toEqual([100, 200, 400, 800, 1600, 3200, 6400, 12_800, 25_000, 25_000])

		const refused = await resume(hub, guest.resumeId, '198.51.100.4')
		expect(refused.received.at(-1)).toEqual({ id: '9', type: 'error', error: { code: 'too_many_requests', message: 'Too many requests.' } })
		expect(delays).toHaveLength(10)
		// A hello without resume id is not throttled: the client gets a new session on the same socket.
		refused.frame({ id: '10', type: 'hello', hello: { version: '2.0', auth: { url: 'http://nc/', params: { token: 'guest-token' } } } })
		await settle()
		expect(refused.received.at(-1)).toMatchObject({ id: '10', type: 'hello', hello: { version: '2.0' } })
		expect(refused.received.at(-1).hello.sessionid).not.toBe(guest.sessionId)

		// Another address resumes; once the tenth-last failure is older than 30 minutes, so does this one.
		const other = await joined(hub, 'talk-other', 'guest-token', '198.51.100.5')
		other.socket.terminate()
		expect((await resume(hub, other.resumeId, '198.51.100.5')).ofType('hello')[0]).toMatchObject({ hello: { sessionid: other.sessionId } })
		clock.now += 22 * 60_000
		expect((await resume(hub, guest.resumeId, '198.51.100.4')).ofType('hello')[0]).toMatchObject({ hello: { sessionid: guest.sessionId } })
	})

	it('the resume id of an expired session is no failed attempt; IPv6 addresses count by their /64', async () => {
		const { throttler, delays } = fakeThrottler()
		const { hub } = makeHub(throttler)
		const guest = await joined(hub, 'talk-guest')
		guest.socket.frame({ id: '3', type: 'bye', bye: {} })
		await settle()
		expect((await resume(hub, guest.resumeId, '2001:db8:1:2::10')).received.at(-1).error.code).toBe('no_such_session')
		expect(delays).toEqual([])

		await resume(hub, 'made-up', '2001:db8:1:2::10')
		await resume(hub, 'made-up', '2001:0db8:0001:0002:ffff::1')
		await resume(hub, 'made-up', '2001:db8:1:3::10')
		expect(delays).toEqual([100, 200, 100])
	})
})

describe('the demo signaling server: messages (hub.go processMessage, api/signaling.go CheckValid)', () => {
	it('ignores unknown message types and refuses an unknown recipient type or a session recipient without id', async () => {
		const { hub } = makeHub()
		const guest = await joined(hub, 'talk-guest')
		const before = guest.socket.received.length
		guest.socket.frame({ id: '5', type: 'something-new' })
		await settle()
		expect(guest.socket.received.length).toBe(before)
		guest.socket.frame({ id: '6', type: 'message', message: { recipient: { type: 'everybody' }, data: { type: 'x' } } })
		guest.socket.frame({ id: '7', type: 'message', message: { recipient: { type: 'session' }, data: { type: 'x' } } })
		await settle()
		expect(guest.socket.ofType('error').map((error) => [error.id, error.error.code])).toEqual([['6', 'invalid_format'], ['7', 'invalid_format']])
	})

	it('answers a second room join with already_joined and the room in its details', async () => {
		const { hub } = makeHub()
		const guest = await joined(hub, 'talk-guest')
		guest.socket.frame({ id: '8', type: 'room', room: { roomid: 'room1', sessionid: 'talk-guest' } })
		await settle()
		expect(guest.socket.ofType('error').at(-1)).toEqual({ id: '8', type: 'error', error: { code: 'already_joined', message: 'Already joined this room.', details: { room: { roomid: 'room1', properties: { type: 3 } } } } })
	})
})

describe('the demo signaling server: Talk\'s room requests (backend_server.go)', () => {
	it('disinvite: the removed session gets roomlist/disinvite, then its session and socket are closed (sendRoomDisinvite, CloseAfterSend)', async () => {
		const { hub, backend } = makeHub()
		const guest = await joined(hub, 'talk-guest')
		const alice = await joined(hub, 'talk-alice', 'alice-token')
		hub.roomRequest('room1', { type: 'disinvite', disinvite: { sessionids: ['talk-guest'], alluserids: ['alice'], properties: { type: 3 } } })
		await settle()
		expect(guest.socket.received.at(-1)).toEqual({ type: 'event', event: { target: 'roomlist', type: 'disinvite', disinvite: { roomid: 'room1', reason: 'disinvited' } } })
		expect(guest.socket.readyState).toBe(3)
		expect(backend.requests.at(-1)).toMatchObject({ type: 'room', room: { roomid: 'room1', sessionid: 'talk-guest', action: 'leave' } })
		expect(alice.socket.received).toContainEqual({ type: 'event', event: { target: 'room', type: 'leave', leave: [guest.sessionId] } })
		expect(alice.socket.received).toContainEqual({ type: 'event', event: { target: 'roomlist', type: 'update', update: { roomid: 'room1', properties: { type: 3 } } } })

		const again = new FakeSocket()
		hub.accept(again as never)
		again.frame({ id: '3', type: 'hello', hello: { version: '2.0', resumeid: guest.resumeId } })
		await settle()
		expect(again.ofType('error')[0].error.code).toBe('no_such_session')
	})

	it('delete: every session leaves (a leave request each) and gets `room` without id; the users get disinvite `deleted` (processRoomDeleted)', async () => {
		const { hub, backend } = makeHub()
		const guest = await joined(hub, 'talk-guest')
		const alice = await joined(hub, 'talk-alice', 'alice-token')
		hub.roomRequest('room1', { type: 'delete', delete: { userids: ['alice'] } })
		await settle()
		expect(backend.requests.filter((request) => request.room?.action === 'leave').map((request) => request.room.sessionid).sort()).toEqual(['talk-alice', 'talk-guest'])
		expect(guest.socket.received.at(-1)).toEqual({ type: 'room', room: { roomid: '' } })
		expect(alice.socket.received).toContainEqual({ type: 'room', room: { roomid: '' } })
		expect(alice.socket.received.at(-1)).toEqual({ type: 'event', event: { target: 'roomlist', type: 'disinvite', disinvite: { roomid: 'room1', reason: 'deleted' } } })
		expect(alice.socket.readyState).toBe(1)
	})

	it('incall with all: announced only when it changes something (room.go PublishUsersInCallChangedAll)', async () => {
		const { hub } = makeHub()
		const guest = await joined(hub, 'talk-guest')
		const updates = () => guest.socket.received.filter((message) => message.event?.update?.all === true)
		hub.roomRequest('room1', { type: 'incall', incall: { incall: 0, all: true } })
		expect(updates()).toEqual([])
		hub.roomRequest('room1', { type: 'incall', incall: { incall: 7, changed: [{ sessionId: 'talk-guest', inCall: 7 }], users: [{ sessionId: 'talk-guest', inCall: 7 }] } })
		hub.roomRequest('room1', { type: 'incall', incall: { incall: 0, all: true } })
		hub.roomRequest('room1', { type: 'incall', incall: { incall: 0, all: true } })
		expect(updates()).toEqual([{ type: 'event', event: { target: 'participants', type: 'update', update: { roomid: 'room1', incall: 0, all: true } } }])
	})
})

/**
 * A Talk entry as spreed's BackendNotifier::roomInCallChanged builds it.
 *
 * @param talkSession the Talk session id
 * @param inCall the call flags
 * @param actor `users/<id>` or `guests/<id>`
 */
function talkEntry(talkSession: string, inCall: number, actor: string) {
	const [actorType, actorId] = actor.split('/') as [string, string]
	return {
		inCall,
		lastPing: 1765152000,
		sessionId: talkSession,
		nextcloudSessionId: talkSession,
		participantType: actorType === 'users' ? 1 : 4,
		participantPermissions: 254,
		actorType,
		actorId,
		...(actorType === 'users' ? { userId: actorId } : {}),
	}
}

describe('the demo signaling server: participant updates as clients get them (backend_server.go fixupUserSessions, room.go PublishUsersInCallChanged, clientsession.go filterMessage)', () => {
	const lastUpdate = (socket: FakeSocket) => socket.received.filter((message) => message.event?.target === 'participants').at(-1)

	it('incall: one `users` list with the signaling session ids, no `changed`', async () => {
		const { hub } = makeHub()
		const guest = await joined(hub, 'talk-guest')
		const alice = await joined(hub, 'talk-alice', 'alice-token')
		const entry = talkEntry('talk-guest', 7, 'guests/g1')
		hub.roomRequest('room1', { type: 'incall', incall: { incall: 7, changed: [entry], users: [entry] } })
		for (const socket of [guest.socket, alice.socket]) {
			expect(lastUpdate(socket)).toEqual({ type: 'event', event: { target: 'participants', type: 'update', update: { roomid: 'room1', users: [{ ...entry, sessionId: guest.sessionId }] } } })
		}
	})

	it('incall: who left the call (only in Talk\'s `changed`) is appended to `users` with its new flags, also when nobody is left in the call', async () => {
		const { hub } = makeHub()
		const guest = await joined(hub, 'talk-guest')
		const alice = await joined(hub, 'talk-alice', 'alice-token')
		hub.roomRequest('room1', { type: 'incall', incall: { incall: 7, changed: [talkEntry('talk-alice', 7, 'users/alice')], users: [talkEntry('talk-alice', 7, 'users/alice'), talkEntry('talk-guest', 7, 'guests/g1')] } })

		hub.roomRequest('room1', { type: 'incall', incall: { incall: 0, changed: [talkEntry('talk-guest', 0, 'guests/g1')], users: [talkEntry('talk-alice', 7, 'users/alice')] } })
		expect(lastUpdate(alice.socket).event.update).toEqual({
			roomid: 'room1',
			users: [{ ...talkEntry('talk-alice', 7, 'users/alice'), sessionId: alice.sessionId }, { ...talkEntry('talk-guest', 0, 'guests/g1'), sessionId: guest.sessionId }],
		})

		hub.roomRequest('room1', { type: 'incall', incall: { incall: 0, changed: [talkEntry('talk-alice', 0, 'users/alice')], users: [] } })
		expect(lastUpdate(guest.socket).event.update).toEqual({ roomid: 'room1', users: [{ ...talkEntry('talk-alice', 0, 'users/alice'), sessionId: alice.sessionId }] })
	})

	it('participants: an attendee without session ("0") is dropped, `permissions` are stripped, and nothing goes out when no entry has a session here', async () => {
		const { hub } = makeHub()
		const guest = await joined(hub, 'talk-guest')
		const withPermissions = { ...talkEntry('talk-guest', 0, 'guests/g1'), permissions: ['publish-audio', 'publish-video', 'publish-screen'] }
		const away = { ...talkEntry('0', 0, 'users/bob'), lastPing: 0 }
		hub.roomRequest('room1', { type: 'participants', participants: { changed: [withPermissions], users: [talkEntry('talk-guest', 0, 'guests/g1'), away] } })
		expect(lastUpdate(guest.socket).event.update).toEqual({ roomid: 'room1', users: [{ ...talkEntry('talk-guest', 0, 'guests/g1'), sessionId: guest.sessionId }] })

		const before = guest.socket.received.length
		hub.roomRequest('room1', { type: 'participants', participants: { changed: [], users: [away, talkEntry('talk-gone', 0, 'guests/g2')] } })
		hub.roomRequest('room1', { type: 'incall', incall: { incall: 7, changed: [talkEntry('talk-gone', 7, 'guests/g2')], users: [] } })
		expect(guest.socket.received.length).toBe(before)
	})
})

describe('the demo signaling server: permissions (backend_server.go sendRoomParticipantsUpdate)', () => {
	it('takes the permissions of a changed entry for the session and tells the MCU', async () => {
		const backend = fakeBackend()
		const changedSessions: { permissions: string[] | null }[] = []
		const mcu = { consumes: () => false, sessionLeft: () => {}, inCallChanged: () => {}, permissionsChanged: (session: { permissions: string[] | null }) => changedSessions.push({ permissions: session.permissions }) }
		const hub = new Hub({ backend, features: ['hello-v2', 'mcu'], log: () => {}, mcu })
		hubs.push(hub)
		const guest = await joined(hub, 'talk-guest')
		expect(guest.socket.ofType('room')[0].room.bandwidth).toEqual({ maxstreambitrate: 1_048_576, maxscreenbitrate: 2_097_152 })
		hub.roomRequest('room1', { type: 'participants', participants: { changed: [{ sessionId: 'talk-guest', permissions: ['publish-audio'] }], users: [{ sessionId: 'talk-guest', permissions: ['publish-audio'] }] } })
		expect(changedSessions).toEqual([{ permissions: ['publish-audio'] }])
		// Talk's permissions never reach the clients (room.go filterPermissions).
		expect(guest.socket.received.at(-1).event.update.users).toEqual([{ sessionId: guest.sessionId }])
	})
})

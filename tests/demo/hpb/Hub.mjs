/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { randomBytes } from 'node:crypto'
import { BruteforceThrottler } from './BruteforceThrottler.mjs'
import { SignalingError } from './NextcloudBackend.mjs'
import { fixupUserSessions, participantsUpdateEvent } from './participantUpdates.mjs'
import { ResumeIds } from './ResumeIds.mjs'

const HELLO_TIMEOUT_MS = 2_000
const GUEST_ROOM_JOIN_TIMEOUT_MS = 10_000
const SESSION_EXPIRE_MS = 30_000
const ROOM_PING_INTERVAL_MS = 10_000
const PING_INTERVAL_MS = 54_000
/** The client message types whose payload api/signaling.go ClientMessage.CheckValid requires. */
const PAYLOAD_TYPES = new Set(['hello', 'room', 'message', 'control', 'internal', 'transient'])
/** sfu/internal/settings.go: the default maxstreambitrate / maxscreenbitrate (1 and 2 Mbit/s, in bits). */
const MCU_BANDWIDTH = { maxstreambitrate: 1_048_576, maxscreenbitrate: 2_097_152 }

/**
 * @typedef {object} Session
 * @property {string} id public session id
 * @property {string} resumeId private
 * @property {string} userId '' for guests
 * @property {object | undefined} user auth user data
 * @property {import('ws').WebSocket | null} socket null while parked
 * @property {object[]} pending messages queued while parked
 * @property {string} roomId '' outside rooms
 * @property {string} roomSessionId the Talk session id
 * @property {number} inCall Talk's in-call flags
 * @property {string[] | null} permissions from Talk's room answer
 * @property {Set<string>} seen sessions this one was told about
 * @property {NodeJS.Timeout | undefined} timer hello / room-join / expiry timer
 */

/**
 * The standalone signaling server's hub (nextcloud-spreed-signaling server/hub.go, reduced to
 * one backend): hello (v1 ticket via Nextcloud, v2 JWT, resume), rooms, events, message
 * relay, bye, parking of disconnected sessions, and the requests Talk sends about rooms.
 * The MCU (when given) consumes WebRTC messages instead of relaying them.
 */
export class Hub {
	/**
	 * @param {{ backend: import('./NextcloudBackend.mjs').NextcloudBackend, features: string[], log: (line: string) => void, mcu?: object | null, throttler?: BruteforceThrottler }} options
	 */
	constructor({ backend, features, log, mcu = null, throttler = new BruteforceThrottler() }) {
		this.backend = backend
		this.features = features
		this.log = log
		this.mcu = mcu
		this.throttler = throttler
		this.resumeIds = new ResumeIds()
		/** @type {Map<string, Session>} */
		this.sessions = new Map()
		/** @type {Map<string, Set<string>>} */
		this.rooms = new Map()
		/** @type {Map<string, object[]>} the room's last `users` from Talk's incall (room.go setUsers) */
		this.roomUsers = new Map()
		this.pingTimer = setInterval(() => void this.#pingRooms(), ROOM_PING_INTERVAL_MS)
	}

	close() {
		clearInterval(this.pingTimer)
	}

	/**
	 * A new WebSocket: welcome, then a hello within 2 s.
	 *
	 * @param {import('ws').WebSocket} socket the client
	 * @param {string} [remoteAddress] the client's address (the brute-force throttle counts by it)
	 */
	accept(socket, remoteAddress = '') {
		const connection = { socket, remoteAddress, session: /** @type {Session | null} */ (null), helloTimer: undefined }
		this.#send(socket, { type: 'welcome', welcome: { version: 'vv-demo-hpb', features: this.features } })
		const expectHello = () => {
			connection.helloTimer = setTimeout(() => {
				if (connection.session === null) {
					this.#send(socket, { type: 'bye', bye: { reason: 'hello_timeout' } })
					socket.close(1000)
				}
			}, HELLO_TIMEOUT_MS)
		}
		expectHello()
		// WebSocket pings every 54 s; a client that missed the last pong is gone.
		let alive = true
		socket.on('pong', () => {
			alive = true
		})
		const pinger = setInterval(() => {
			if (!alive) {
				socket.terminate()
				return
			}
			alive = false
			socket.ping(String(Date.now() * 1_000_000))
		}, PING_INTERVAL_MS)
		socket.on('message', (data, isBinary) => {
			if (isBinary) {
				this.#send(socket, { type: 'error', error: { code: 'invalid_format', message: 'Only text frames are accepted.' } })
				return
			}
			let message
			try {
				message = JSON.parse(data.toString())
			} catch {
				this.#send(socket, { type: 'error', error: { code: 'invalid_format', message: 'Could not decode message.' } })
				return
			}
			void this.#dispatch(connection, message, expectHello).catch((error) => this.log(`dispatch failed: ${error.stack}`))
		})
		socket.on('close', () => {
			clearInterval(pinger)
			clearTimeout(connection.helloTimer)
			const session = connection.session
			if (session !== null && session.socket === socket) {
				this.#park(session)
			}
		})
	}

	/**
	 * @param {{ socket: import('ws').WebSocket, remoteAddress: string, session: Session | null }} connection the client
	 * @param {any} message the parsed frame
	 * @param {() => void} expectHello restarts the hello timer after a failed hello
	 */
	async #dispatch(connection, message, expectHello) {
		const { socket } = connection
		const reply = (body) => this.#send(socket, { ...body, ...(message.id === undefined ? {} : { id: message.id }) })
		const fail = (code, text) => reply({ type: 'error', error: { code, message: text } })
		// api/signaling.go ClientMessage.CheckValid: the known types need their payload; an
		// unknown type passes and hub.go processMessage ignores it.
		if (typeof message?.type !== 'string' || message.type === ''
			|| (PAYLOAD_TYPES.has(message.type) && (typeof message[message.type] !== 'object' || message[message.type] === null))) {
			fail('invalid_format', 'Missing message payload.')
			return
		}
		if (connection.session === null) {
			if (message.type !== 'hello') {
				fail('hello_expected', 'Expected Hello request.')
				return
			}
			// hub.go processHello: a new hello stops the hello timeout before the auth (and a failed
			// one starts it again, processHelloClient); a resume leaves it running.
			const resuming = typeof message.hello.resumeid === 'string' && message.hello.resumeid !== ''
			if (!resuming) {
				clearTimeout(connection.helloTimer)
			}
			try {
				connection.session = await this.#hello(socket, message.hello, connection.remoteAddress)
				clearTimeout(connection.helloTimer)
				const session = connection.session
				reply({ type: 'hello', hello: { version: message.hello.version, sessionid: session.id, resumeid: session.resumeId, userid: session.userId, server: { version: 'vv-demo-hpb', features: this.features } } })
				if (typeof message.hello.resumeid === 'string' && message.hello.resumeid !== '') {
					this.#resumed(session)
				} else {
					this.#flush(session)
				}
			} catch (error) {
				fail(error.code ?? 'internal_error', error.message)
				if (!resuming) {
					expectHello()
				}
			}
			return
		}
		const session = connection.session
		switch (message.type) {
			case 'hello':
				return
			case 'room':
				await this.#room(session, message.room, reply, fail)
				return
			case 'message':
			case 'control':
				this.#relay(session, message.type, message[message.type], fail)
				return
			case 'bye':
				reply({ type: 'bye' })
				this.#closeSession(session, true)
				socket.close(1000)
				return
			default:
				// internal, transient and unknown types (hub.go processMessage: "Ignore unknown message")
		}
	}

	/**
	 * @param {import('ws').WebSocket} socket the client
	 * @param {any} hello the hello payload
	 * @param {string} remoteAddress the client's address
	 * @return {Promise<Session>}
	 */
	async #hello(socket, hello, remoteAddress) {
		if (hello.version !== '1.0' && hello.version !== '2.0') {
			throw new SignalingError('invalid_hello_version', 'The hello version is not supported.')
		}
		if (typeof hello.resumeid === 'string' && hello.resumeid !== '') {
			// hub.go processHello: an address with too many failed resumes is refused any resume;
			// a resume id that does not decode counts as a failure (answered after the throttle's
			// delay); one of an expired session does not.
			const { blocked, throttle } = this.throttler.check(remoteAddress, 'HelloResume')
			if (blocked) {
				throw new SignalingError('too_many_requests', 'Too many requests.')
			}
			if (!this.resumeIds.decodes(hello.resumeid)) {
				await throttle()
				throw new SignalingError('no_such_session', 'The session to resume does not exist.')
			}
			const session = [...this.sessions.values()].find((candidate) => candidate.resumeId === hello.resumeid)
			if (session === undefined) {
				throw new SignalingError('no_such_session', 'The session to resume does not exist.')
			}
			if (session.socket !== null && session.socket !== socket) {
				this.#send(session.socket, { type: 'bye', bye: { reason: 'session_resumed' } })
				session.socket.close(1000)
			}
			clearTimeout(session.timer)
			session.socket = socket
			return session
		}
		const params = hello.auth?.params
		if (typeof params !== 'object' || params === null || Object.keys(params).length === 0) {
			throw new SignalingError('invalid_format', 'params missing')
		}
		if (typeof hello.auth.url !== 'string' || hello.auth.url === '') {
			throw new SignalingError('invalid_format', 'url missing')
		}
		if (hello.version === '2.0' && (typeof params.token !== 'string' || params.token === '')) {
			throw new SignalingError('invalid_format', 'token missing')
		}
		if (!this.backend.matches(hello.auth?.url)) {
			throw new SignalingError('invalid_backend', 'The backend URL is not supported.')
		}
		let userId
		let user
		if (hello.version === '2.0') {
			({ userId, user } = await this.backend.verifyToken(params.token))
		} else {
			const answer = await this.backend.request({ type: 'auth', auth: { version: '1.0', params } })
			if (answer.type === 'error') {
				throw new SignalingError(answer.error?.code ?? 'auth_failed', answer.error?.message ?? 'Authentication failed.')
			}
			if (answer.type !== 'auth') {
				throw new SignalingError('auth_failed', 'Nextcloud did not authenticate the client.')
			}
			userId = answer.auth?.userid ?? ''
			user = answer.auth?.user
		}
		/** @type {Session} */
		const session = {
			id: randomBytes(24).toString('base64url'),
			resumeId: this.resumeIds.create(),
			userId,
			user,
			socket,
			pending: [],
			roomId: '',
			roomSessionId: '',
			inCall: 0,
			permissions: null,
			seen: new Set(),
			timer: undefined,
		}
		this.sessions.set(session.id, session)
		if (userId === '') {
			this.#expectRoomJoin(session)
		}
		return session
	}

	/**
	 * @param {Session} session the guest
	 */
	#expectRoomJoin(session) {
		clearTimeout(session.timer)
		session.timer = setTimeout(() => {
			if (session.roomId === '' && this.sessions.has(session.id)) {
				this.#deliver(session, { type: 'bye', bye: { reason: 'room_join_timeout' } })
				session.socket?.close(1000)
				this.#closeSession(session, false)
			}
		}, GUEST_ROOM_JOIN_TIMEOUT_MS)
	}

	/**
	 * @param {Session} session the client
	 * @param {any} request `{roomid, sessionid}`
	 * @param {(body: object) => void} reply answer with the request id
	 * @param {(code: string, text: string) => void} fail error with the request id
	 */
	async #room(session, request, reply, fail) {
		const roomId = typeof request.roomid === 'string' ? request.roomid : ''
		if (roomId === '') {
			if (session.roomId !== '') {
				await this.#leaveRoom(session, true)
				reply({ type: 'room', room: { roomid: '' } })
				if (session.userId === '') {
					this.#expectRoomJoin(session)
				}
			}
			return
		}
		if (roomId === session.roomId) {
			reply({ type: 'error', error: { code: 'already_joined', message: 'Already joined this room.', details: { room: { roomid: roomId, properties: session.roomProperties ?? {} } } } })
			return
		}
		const roomSessionId = typeof request.sessionid === 'string' && request.sessionid !== '' ? request.sessionid : session.id
		let answer
		try {
			answer = await this.backend.request({ type: 'room', room: { version: '1.0', roomid: roomId, userid: session.userId, sessionid: roomSessionId } })
		} catch (error) {
			fail(error.code ?? 'internal_error', error.message)
			return
		}
		if (answer.type === 'error') {
			fail(answer.error?.code ?? 'room_join_failed', answer.error?.message ?? 'Could not join the room.')
			return
		}
		if (answer.type !== 'room') {
			fail('room_join_failed', 'Nextcloud did not let the session join.')
			return
		}
		if (session.roomId !== '') {
			await this.#leaveRoom(session, true)
		}
		for (const other of this.sessions.values()) {
			if (other !== session && other.roomSessionId === roomSessionId && other.roomId !== '') {
				// Another connection took over this Talk session: it ends without a leave request.
				this.#deliver(other, { type: 'bye', bye: { reason: 'room_session_reconnected' } })
				other.socket?.close(1000)
				this.#closeSession(other, false)
			}
		}
		clearTimeout(session.timer)
		session.roomId = roomId
		session.roomSessionId = roomSessionId
		session.permissions = Array.isArray(answer.room?.permissions) ? answer.room.permissions : null
		session.roomProperties = answer.room?.properties ?? {}
		const members = this.rooms.get(roomId) ?? new Set()
		this.rooms.set(roomId, members)
		members.add(session.id)
		// hub.go sendRoom: with an MCU the bandwidth limits go with the reply.
		reply({ type: 'room', room: { roomid: roomId, properties: session.roomProperties, ...(this.mcu === null ? {} : { bandwidth: MCU_BANDWIDTH }) } })
		const ownEntry = this.#joinEntry(session)
		for (const memberId of members) {
			const member = this.sessions.get(memberId)
			if (member !== undefined) {
				member.seen.add(session.id)
				this.#deliver(member, { type: 'event', event: { target: 'room', type: 'join', join: [ownEntry] } })
			}
		}
		const others = [...members].filter((id) => id !== session.id).map((id) => this.sessions.get(id)).filter(Boolean)
		if (others.length > 0) {
			others.forEach((other) => session.seen.add(other.id))
			this.#deliver(session, { type: 'event', event: { target: 'room', type: 'join', join: others.map((other) => this.#joinEntry(other)) } })
		}
	}

	/**
	 * @param {Session} session a room member
	 */
	#joinEntry(session) {
		return {
			sessionid: session.id,
			userid: session.userId,
			...(session.user === undefined ? {} : { user: session.user }),
			roomsessionid: session.roomSessionId,
		}
	}

	/**
	 * @param {Session} session the sender
	 * @param {'message' | 'control'} type message or control
	 * @param {any} body `{recipient, data}`
	 * @param {(code: string, text: string) => void} fail error with the request id
	 */
	#relay(session, type, body, fail) {
		const recipient = body.recipient
		// api/signaling.go MessageClientMessage.CheckValid (the same for control): data present, a
		// known recipient type, and the id that type needs.
		const invalid = body.data === undefined || body.data === null || body.data === ''
			|| typeof recipient !== 'object' || recipient === null
			|| !['room', 'call', 'session', 'user'].includes(recipient.type)
			|| (recipient.type === 'session' && (typeof recipient.sessionid !== 'string' || recipient.sessionid === ''))
			|| (recipient.type === 'user' && (typeof recipient.userid !== 'string' || recipient.userid === ''))
		if (invalid) {
			fail('invalid_format', 'Invalid message format.')
			return
		}
		if (type === 'control' && !(session.permissions === null || session.permissions.includes('control'))) {
			return
		}
		if (type === 'message' && this.mcu !== null && this.mcu.consumes(session, recipient, body.data, fail)) {
			return
		}
		const sender = { type: recipient.type, sessionid: session.id, ...(session.userId === '' ? {} : { userid: session.userId }) }
		const out = { type, [type]: { sender, data: body.data } }
		for (const target of this.#recipients(session, recipient)) {
			this.#deliver(target, out)
		}
	}

	/**
	 * @param {Session} sender the sender
	 * @param {any} recipient `{type, sessionid | userid}`
	 * @return {Session[]}
	 */
	#recipients(sender, recipient) {
		const inRoom = () => [...(this.rooms.get(sender.roomId) ?? [])].map((id) => this.sessions.get(id)).filter((s) => s !== undefined && s !== sender)
		switch (recipient.type) {
			case 'session': {
				const target = this.sessions.get(recipient.sessionid)
				return target === undefined || target === sender ? [] : [target]
			}
			case 'user':
				return [...this.sessions.values()].filter((s) => s.userId !== '' && s.userId === recipient.userid && s.userId !== sender.userId)
			case 'room':
				return sender.roomId === '' ? [] : inRoom()
			case 'call':
				return sender.roomId === '' ? [] : inRoom().filter((s) => (s.inCall & 1) !== 0)
			default:
				return []
		}
	}

	/**
	 * The socket went away: keep the session 30 s for a resume, queueing what it should get.
	 *
	 * @param {Session} session the session
	 */
	#park(session) {
		session.socket = null
		clearTimeout(session.timer)
		session.timer = setTimeout(() => this.#closeSession(session, true), SESSION_EXPIRE_MS)
	}

	/**
	 * clientsession.go NotifySessionResumed: what was queued while parked, and the room's
	 * participant list (room.go NotifySessionResumed) unless the queue held an update already.
	 *
	 * @param {Session} session the resumed session
	 */
	#resumed(session) {
		const hadUpdate = session.pending.some((message) => message.type === 'event' && message.event?.target === 'participants' && message.event?.type === 'update')
		this.#flush(session)
		const users = this.roomUsers.get(session.roomId) ?? []
		if (!hadUpdate && session.roomId !== '' && users.length > 0) {
			this.#deliver(session, participantsUpdateEvent(session.roomId, [], users))
		}
	}

	/**
	 * @param {Session} session the session
	 */
	#flush(session) {
		const pending = session.pending.splice(0)
		pending.forEach((message) => this.#deliver(session, message))
	}

	/**
	 * @param {Session} session ends now
	 * @param {boolean} notifyNextcloud send the room leave request
	 */
	#closeSession(session, notifyNextcloud) {
		if (!this.sessions.has(session.id)) {
			return
		}
		clearTimeout(session.timer)
		this.sessions.delete(session.id)
		void this.#leaveRoom(session, notifyNextcloud)
	}

	/**
	 * @param {Session} session leaves its room; the others get `leave`
	 * @param {boolean} notifyNextcloud send the room leave request
	 */
	async #leaveRoom(session, notifyNextcloud) {
		const roomId = session.roomId
		if (roomId === '') {
			return
		}
		session.roomId = ''
		session.inCall = 0
		this.mcu?.sessionLeft(session)
		const members = this.rooms.get(roomId)
		members?.delete(session.id)
		if (members !== undefined && members.size === 0) {
			this.rooms.delete(roomId)
		}
		for (const memberId of members ?? []) {
			const member = this.sessions.get(memberId)
			if (member?.seen.has(session.id)) {
				member.seen.delete(session.id)
				this.#deliver(member, { type: 'event', event: { target: 'room', type: 'leave', leave: [session.id] } })
			}
		}
		if (notifyNextcloud) {
			await this.backend.request({ type: 'room', room: { version: '1.0', roomid: roomId, userid: session.userId, sessionid: session.roomSessionId, action: 'leave' } })
				.catch((error) => this.log(`room leave request failed: ${error.message}`))
		}
	}

	/**
	 * A request Talk sent about a room (`POST /api/v1/room/<token>`, checksum checked).
	 *
	 * @param {string} roomId the room token
	 * @param {any} request `{type, <type>: …}`
	 * @return {boolean} whether the type is known
	 */
	roomRequest(roomId, request) {
		switch (request.type) {
			case 'incall':
				this.#inCall(roomId, request.incall ?? {})
				return true
			case 'participants':
				this.#permissionsChanged(roomId, request.participants?.changed ?? [])
				this.#publishParticipants(roomId, request.participants?.changed ?? [], request.participants?.users ?? [])
				return true
			case 'delete':
				this.#roomDeleted(roomId, request.delete ?? {})
				return true
			case 'disinvite':
				this.#disinvite(roomId, 'disinvited', request.disinvite?.userids ?? [], request.disinvite?.sessionids ?? [])
				this.#roomUpdate(roomId, request.disinvite?.userids ?? [], request.disinvite?.alluserids ?? [], request.disinvite?.properties)
				return true
			case 'update':
			case 'invite':
			case 'message':
			case 'switchto':
			case 'dialout':
				return true
			default:
				return false
		}
	}

	/**
	 * hub.go processRoomDeleted: every session leaves the room (Nextcloud is told, one leave per
	 * session) and gets `room` with an empty id; then backend_server.go sendRoomDisinvite with
	 * reason `deleted` to the room's users.
	 *
	 * @param {string} roomId the room
	 * @param {any} deleted `{userids}`
	 */
	#roomDeleted(roomId, deleted) {
		for (const id of [...(this.rooms.get(roomId) ?? [])]) {
			const session = this.sessions.get(id)
			if (session !== undefined) {
				void this.#leaveRoom(session, true)
				this.#deliver(session, { type: 'room', room: { roomid: '' } })
			}
		}
		this.roomUsers.delete(roomId)
		this.#disinvite(roomId, 'deleted', Array.isArray(deleted.userids) ? deleted.userids : [], [])
	}

	/**
	 * backend_server.go sendRoomDisinvite: `roomlist` `disinvite` to every session of the users
	 * and to the sessions of the Talk session ids; a session still in that room is closed right
	 * after it (api/signaling.go CloseAfterSend → CloseSession: no resume, Nextcloud is told).
	 *
	 * @param {string} roomId the room
	 * @param {'disinvited' | 'deleted'} reason why
	 * @param {string[]} userIds users no longer invited
	 * @param {string[]} roomSessionIds Talk session ids removed ("0": not in the meeting)
	 */
	#disinvite(roomId, reason, userIds, roomSessionIds) {
		const targets = new Set()
		for (const session of this.sessions.values()) {
			if ((session.userId !== '' && userIds.includes(session.userId))
				|| (session.roomSessionId !== '' && roomSessionIds.includes(session.roomSessionId) && session.roomSessionId !== '0')) {
				targets.add(session)
			}
		}
		const message = { type: 'event', event: { target: 'roomlist', type: 'disinvite', disinvite: { roomid: roomId, reason } } }
		for (const session of targets) {
			this.#deliver(session, message)
			if (session.roomId === roomId) {
				const socket = session.socket
				this.#closeSession(session, true)
				socket?.close(1000)
			}
		}
	}

	/**
	 * backend_server.go sendRoomUpdate: `roomlist` `update` to the users still invited.
	 *
	 * @param {string} roomId the room
	 * @param {string[]} exceptUserIds users not to notify (the disinvited ones)
	 * @param {string[]} userIds all users of the room
	 * @param {unknown} properties the room's properties
	 */
	#roomUpdate(roomId, exceptUserIds, userIds, properties) {
		const message = { type: 'event', event: { target: 'roomlist', type: 'update', update: { roomid: roomId, properties: properties ?? {} } } }
		for (const session of this.sessions.values()) {
			if (session.userId !== '' && userIds.includes(session.userId) && !exceptUserIds.includes(session.userId)) {
				this.#deliver(session, message)
			}
		}
	}

	/**
	 * backend_server.go sendRoomParticipantsUpdate: a `changed` entry with `permissions` sets the
	 * session's permissions (clientsession.go processAsyncMessage "permissions"), and a publisher
	 * it may no longer send is closed.
	 *
	 * @param {string} roomId the room
	 * @param {any[]} changed Talk's changed entries (Talk session ids)
	 */
	#permissionsChanged(roomId, changed) {
		for (const entry of changed) {
			if (!Array.isArray(entry?.permissions) || !entry.permissions.every((permission) => typeof permission === 'string')) {
				continue
			}
			const member = [...(this.rooms.get(roomId) ?? [])].map((id) => this.sessions.get(id))
				.find((candidate) => candidate !== undefined && candidate.roomSessionId === entry.sessionId)
			if (member !== undefined) {
				member.permissions = entry.permissions
				this.mcu?.permissionsChanged?.(member)
			}
		}
	}

	/**
	 * @param {string} roomId the room
	 * @param {any} incall `{incall, changed, users, all}`
	 */
	#inCall(roomId, incall) {
		const members = [...(this.rooms.get(roomId) ?? [])].map((id) => this.sessions.get(id)).filter(Boolean)
		if (incall.all === true) {
			// room.go PublishUsersInCallChangedAll: only a real change is announced.
			const flags = incall.incall === true ? 1 : Number(incall.incall) || 0
			for (const user of this.roomUsers.get(roomId) ?? []) {
				user.inCall = flags
			}
			const changed = (flags & 1) !== 0
				? members.filter((member) => (member.inCall & 1) === 0).length > 0
				: members.some((member) => (member.inCall & 1) !== 0)
			for (const member of members) {
				member.inCall = flags
				this.mcu?.inCallChanged(member)
			}
			if (!changed) {
				return
			}
			for (const member of members) {
				this.#deliver(member, { type: 'event', event: { target: 'participants', type: 'update', update: { roomid: roomId, incall: flags, all: true } } })
			}
			return
		}
		for (const entry of incall.changed ?? []) {
			const member = members.find((candidate) => candidate.roomSessionId === entry.sessionId)
			if (member !== undefined) {
				member.inCall = typeof entry.inCall === 'boolean' ? (entry.inCall ? 1 : 0) : Number(entry.inCall) || 0
				this.mcu?.inCallChanged(member)
			}
		}
		this.#publishParticipants(roomId, incall.changed ?? [], incall.users ?? [], true)
	}

	/**
	 * backend_server.go sendRoomIncall / sendRoomParticipantsUpdate: both lists fixed up
	 * (signaling session ids, unknown and "0" dropped, permissions stripped); nothing when both
	 * end up empty; else room.go PublishUsersInCallChanged (which keeps `users` as the room's
	 * list, setUsers) or PublishUsersChanged, and every client gets them merged into one `users`
	 * (clientsession.go filterMessage).
	 *
	 * @param {string} roomId the room
	 * @param {any[]} changed entries whose state changed
	 * @param {any[]} users all entries
	 * @param {boolean} [inCall] an `incall` request
	 */
	#publishParticipants(roomId, changed, users, inCall = false) {
		const members = [...(this.rooms.get(roomId) ?? [])].map((id) => this.sessions.get(id)).filter(Boolean)
		const signalingSessionOf = (talkSessionId) => members.find((member) => member.roomSessionId === talkSessionId)?.id
		const fixedUsers = fixupUserSessions(users, signalingSessionOf)
		const fixedChanged = fixupUserSessions(changed, signalingSessionOf)
		if (fixedUsers.length === 0 && fixedChanged.length === 0) {
			return
		}
		if (inCall) {
			this.roomUsers.set(roomId, fixedUsers.map((entry) => ({ ...entry })))
		}
		const message = participantsUpdateEvent(roomId, fixedChanged, fixedUsers)
		for (const member of members) {
			this.#deliver(member, message)
		}
	}

	async #pingRooms() {
		for (const [roomId, members] of this.rooms) {
			const entries = [...members].map((id) => this.sessions.get(id)).filter(Boolean)
				.map((session) => ({ ...(session.userId === '' ? {} : { userid: session.userId }), sessionid: session.roomSessionId }))
			if (entries.length > 0) {
				await this.backend.request({ type: 'ping', ping: { version: '1.0', roomid: roomId, entries } })
					.catch((error) => this.log(`ping failed: ${error.message}`))
			}
		}
	}

	/**
	 * To the session's socket, or queued while it is parked.
	 *
	 * @param {Session} session the receiver
	 * @param {object} message the server message
	 */
	#deliver(session, message) {
		if (session.socket === null) {
			session.pending.push(message)
			return
		}
		this.#send(session.socket, message)
	}

	/**
	 * Send to one session (the MCU answers through this).
	 *
	 * @param {Session} session the receiver
	 * @param {object} message the server message
	 */
	deliver(session, message) {
		this.#deliver(session, message)
	}

	/**
	 * @param {import('ws').WebSocket} socket the client
	 * @param {object} message the server message
	 */
	#send(socket, message) {
		if (socket.readyState === 1) {
			socket.send(JSON.stringify(message))
		}
	}
}

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { WebSocketLike } from '../../../../src/call/signaling/externalProtocol.ts'

/** A frame the client sent, parsed. */
export interface ClientFrame {
	id?: string
	type: string
	[key: string]: unknown
}

type Listener = (event: any) => void

/**
 * One client WebSocket connected to a FakeHpb: frames go to the fake server, which answers
 * through `receive` (asynchronously, as a socket would).
 */
export class FakeHpbSocket implements WebSocketLike {
	readyState = 0
	readonly sent: ClientFrame[] = []
	readonly #listeners = new Map<string, Listener[]>()

	constructor(readonly url: string, private readonly server: FakeHpb) {}

	addEventListener(type: 'open' | 'close' | 'error', listener: (event: Event) => void): void
	addEventListener(type: 'message', listener: (event: MessageEvent) => void): void
	addEventListener(type: string, listener: Listener): void {
		this.#listeners.set(type, [...(this.#listeners.get(type) ?? []), listener])
	}

	send(data: string): void {
		if (this.readyState !== 1) {
			throw new Error('send on a socket that is not open')
		}
		const frame = JSON.parse(data) as ClientFrame
		this.sent.push(frame)
		this.server.onFrame(this, frame)
	}

	close(): void {
		if (this.readyState === 3) {
			return
		}
		this.readyState = 3
		this.#dispatch('close', new Event('close'))
	}

	open(): void {
		this.readyState = 1
		this.#dispatch('open', new Event('open'))
	}

	receive(message: unknown): void {
		if (this.readyState !== 1) {
			return
		}
		this.#dispatch('message', new MessageEvent('message', { data: typeof message === 'string' ? message : JSON.stringify(message) }))
	}

	/** The network drops the connection (no close handshake). */
	drop(): void {
		this.close()
	}

	#dispatch(type: string, event: Event): void {
		for (const listener of this.#listeners.get(type) ?? []) {
			listener(event)
		}
	}
}

/**
 * A scripted standalone signaling server: welcome, hello (v1/v2, resume), room join with the
 * join events, bye. Switches make it refuse what a test needs refused.
 */
export class FakeHpb {
	readonly sockets: FakeHpbSocket[] = []
	features = ['audio-video-permissions', 'federation', 'hello-v2', 'incall-all', 'switchto', 'welcome']
	/** Refuse new connections (the socket closes before opening). */
	unreachable = false
	/** Answer fresh hellos with this error code. */
	helloError: string | null = null
	roomError: string | null = null
	/** Refuse resumes (the parked session expired). */
	resumable = true
	/**
	 * Refuse every resume with this code, valid resume id or not (`too_many_requests`: the
	 * server's brute-force throttle blocks the client's address, server/hub.go processHello).
	 */
	resumeError: string | null = null
	/** Other sessions in the room, announced after a join. */
	others: { sessionid: string, userid: string, roomsessionid: string }[] = []
	#sessions = 0
	readonly resumeIds = new Map<string, string>()

	readonly create = (url: string): FakeHpbSocket => {
		const socket = new FakeHpbSocket(url, this)
		this.sockets.push(socket)
		queueMicrotask(() => {
			if (this.unreachable) {
				socket.close()
				return
			}
			socket.open()
			socket.receive({ type: 'welcome', welcome: { version: 'fake', features: this.features } })
		})
		return socket
	}

	get socket(): FakeHpbSocket {
		const last = this.sockets.at(-1)
		if (last === undefined) {
			throw new Error('no socket')
		}
		return last
	}

	/** Every frame the client sent over all its sockets, in order. */
	get frames(): ClientFrame[] {
		return this.sockets.flatMap((socket) => socket.sent)
	}

	onFrame(socket: FakeHpbSocket, frame: ClientFrame): void {
		queueMicrotask(() => this.#answer(socket, frame))
	}

	#answer(socket: FakeHpbSocket, frame: ClientFrame): void {
		const reply = (type: string, body?: unknown) => socket.receive(body === undefined ? { id: frame.id, type } : { id: frame.id, type, [type]: body })
		const error = (code: string) => socket.receive({ id: frame.id, type: 'error', error: { code, message: `fake ${code}` } })
		switch (frame.type) {
			case 'hello': {
				const hello = frame.hello as { resumeid?: string }
				if (hello.resumeid !== undefined) {
					if (this.resumeError !== null) {
						error(this.resumeError)
						return
					}
					const sessionId = this.resumeIds.get(hello.resumeid)
					if (!this.resumable || sessionId === undefined) {
						error('no_such_session')
						return
					}
					reply('hello', { version: '1.0', sessionid: sessionId, resumeid: hello.resumeid, userid: '', server: { features: this.features } })
					return
				}
				if (this.helloError !== null) {
					error(this.helloError)
					return
				}
				this.#sessions++
				const sessionId = `hpb-${this.#sessions}`
				this.resumeIds.set(`resume-${this.#sessions}`, sessionId)
				reply('hello', { version: '1.0', sessionid: sessionId, resumeid: `resume-${this.#sessions}`, userid: '', server: { features: this.features } })
				return
			}
			case 'room': {
				const room = frame.room as { roomid: string, sessionid: string }
				if (this.roomError !== null) {
					error(this.roomError)
					return
				}
				reply('room', { roomid: room.roomid, properties: { name: 'Room', type: 3 } })
				const own = [...this.resumeIds.values()].at(-1) as string
				socket.receive({ type: 'event', event: { target: 'room', type: 'join', join: [{ sessionid: own, userid: '', roomsessionid: room.sessionid }] } })
				if (this.others.length > 0) {
					socket.receive({ type: 'event', event: { target: 'room', type: 'join', join: this.others } })
				}
				return
			}
			case 'bye':
				reply('bye')
				socket.close()
		}
	}
}

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { CallMessage, SignalingHandlers } from './InternalSignaling.ts'
import type { SignalingSettings, UserInRoom } from './talkRest.ts'

import { generateOcsUrl } from '@nextcloud/router'

interface ServerMessage {
	id?: string
	type: string
	welcome?: { features?: string[] }
	hello?: { sessionid: string, resumeid?: string, server?: { features?: string[] } }
	room?: { roomid: string }
	error?: { code: string, message: string }
	message?: { sender?: { sessionid?: string }, data?: CallMessage }
	event?: {
		target?: string
		type?: string
		join?: { sessionid: string }[]
		leave?: string[]
		update?: { users?: UserInRoom[], all?: boolean, incall?: number }
	}
}

/**
 * Talk web's external signaling (src/utils/signaling.js `Signaling.Standalone`) as far as a
 * call needs it: welcome, hello v2 (v1 without the server feature), room join with the
 * Talk session id, participant events merged into Talk's usersInRoom shape, call messages
 * through the signaling server (the MCU's too), bye. A lost socket is reconnected after
 * r/2 + random·r (r from 1 s, doubling to 16 s) with a resume hello, as Talk web does; a
 * refused resume ends the call view (Talk web would start a new session and rejoin the room).
 */
export class ExternalSignaling {
	sessionId = ''
	private socket: WebSocket | undefined
	private resumeId = ''
	private reconnectMs = 1000
	private welcome: Promise<void> = Promise.resolve()
	/** Messages sent while the socket is being reconnected; they go after the resume, as in Talk web. */
	private queued: string[] = []
	private helloDone = false
	private resumes = 0
	private features = new Set<string>()
	private nextId = 1
	private readonly waiting = new Map<string, (message: ServerMessage) => void>()
	private readonly users = new Map<string, UserInRoom>()
	private stopped = false

	constructor(
		private readonly token: string,
		private readonly talkSessionId: string,
		private readonly settings: SignalingSettings,
		private readonly handlers: SignalingHandlers,
	) {}

	/** Hello and room join; rejects with the server's error. */
	async connect(): Promise<void> {
		await this.open()
		const v2 = this.settings.helloAuthParams['2.0'].token
		if (v2) {
			await Promise.race([this.welcome, new Promise((resolve) => window.setTimeout(resolve, 3000))])
		}
		const useV2 = Boolean(v2) && this.features.has('hello-v2')
		const hello = await this.request('hello', {
			version: useV2 ? '2.0' : '1.0',
			auth: {
				url: generateOcsUrl('apps/spreed/api/v3/signaling/backend'),
				params: useV2 ? { token: v2 } : this.settings.helloAuthParams['1.0'],
			},
		})
		this.sessionId = hello.hello?.sessionid ?? ''
		this.resumeId = hello.hello?.resumeid ?? ''
		this.helloDone = true
		this.flushQueued()
		this.features = new Set(hello.hello?.server?.features ?? [...this.features])
		await this.request('room', { roomid: this.token, sessionid: this.talkSessionId })
	}

	/** A new socket, open; its welcome resolves `this.welcome`, its loss starts a reconnect. */
	private async open(): Promise<void> {
		const url = this.settings.server.replace(/^http(s?):\/\//, 'ws$1://').replace(/\/$/, '') + '/spreed'
		const socket = new WebSocket(url)
		this.socket = socket
		this.welcome = new Promise<void>((resolve) => {
			socket.addEventListener('message', (event) => {
				const message = JSON.parse(String(event.data)) as ServerMessage
				if (message.type === 'welcome') {
					this.features = new Set(message.welcome?.features ?? [])
					resolve()
				}
				this.receive(message)
			})
		})
		await new Promise((resolve, reject) => {
			socket.addEventListener('open', resolve)
			socket.addEventListener('error', () => reject(new Error(`No connection to ${url}`)))
			socket.addEventListener('close', () => reject(new Error(`No connection to ${url}`)))
		})
		socket.addEventListener('close', () => {
			if (!this.stopped && socket === this.socket) {
				this.helloDone = false
				this.scheduleReconnect()
			}
		})
	}

	private flushQueued(): void {
		for (const data of this.queued.splice(0)) {
			this.socket?.send(data)
		}
	}

	private scheduleReconnect(): void {
		const delay = this.reconnectMs / 2 + Math.random() * this.reconnectMs
		this.reconnectMs = Math.min(this.reconnectMs * 2, 16_000)
		window.setTimeout(() => void this.resume(), delay)
	}

	/** Reconnect and resume the session; a refused resume ends the call view. */
	private async resume(): Promise<void> {
		if (this.stopped) {
			return
		}
		try {
			await this.open()
		} catch {
			this.scheduleReconnect()
			return
		}
		try {
			const hello = await this.request('hello', { version: '1.0', resumeid: this.resumeId })
			this.features = new Set(hello.hello?.server?.features ?? [...this.features])
			this.reconnectMs = 1000
			this.helloDone = true
			this.resumes++
			document.body.dataset.signalingResumes = String(this.resumes)
			this.flushQueued()
		} catch {
			this.stopped = true
			this.socket?.close(1000)
			this.handlers.gone(0)
		}
	}

	/** @param feature e.g. `mcu` */
	hasFeature(feature: string): boolean {
		return this.features.has(feature)
	}

	/** @param message to `message.to` */
	send(message: CallMessage): void {
		const data = JSON.stringify({ type: 'message', message: { recipient: { type: 'session', sessionid: message.to }, data: message } })
		if (this.helloDone) {
			this.socket?.send(data)
		} else {
			this.queued.push(data)
		}
	}

	async stop(): Promise<void> {
		if (this.stopped) {
			return
		}
		this.stopped = true
		if (this.socket?.readyState === WebSocket.OPEN) {
			await Promise.race([this.request('bye', {}).catch(() => {}), new Promise((resolve) => window.setTimeout(resolve, 1000))])
		}
		this.socket?.close(1000)
	}

	private request(type: string, body: unknown): Promise<ServerMessage> {
		const id = String(this.nextId++)
		return new Promise((resolve, reject) => {
			this.waiting.set(id, (message) => message.type === 'error'
				? reject(new Error(`${message.error?.code}: ${message.error?.message}`))
				: resolve(message))
			this.socket?.send(JSON.stringify({ id, type, [type]: body }))
		})
	}

	private receive(message: ServerMessage): void {
		const waiter = message.id === undefined ? undefined : this.waiting.get(message.id)
		if (waiter !== undefined) {
			this.waiting.delete(message.id as string)
			waiter(message)
			return
		}
		if (message.type === 'message' && message.message?.data && message.message.sender?.sessionid) {
			this.handlers.message({ ...message.message.data, from: message.message.sender.sessionid })
		} else if (message.type === 'room' && message.room?.roomid === '') {
			this.stopped = true
			this.handlers.gone(404)
		} else if (message.type === 'event') {
			this.event(message.event ?? {})
		}
	}

	private event(event: NonNullable<ServerMessage['event']>): void {
		if (event.target === 'room' && event.type === 'join') {
			for (const { sessionid } of event.join ?? []) {
				this.users.set(sessionid, this.users.get(sessionid) ?? { sessionId: sessionid, inCall: 0, actorType: '', actorId: '' })
			}
		} else if (event.target === 'room' && event.type === 'leave') {
			for (const sessionId of event.leave ?? []) {
				this.users.delete(sessionId)
			}
		} else if (event.target === 'participants' && event.type === 'update') {
			if (event.update?.all) {
				this.users.forEach((user) => (user.inCall = event.update?.incall ?? 0))
			}
			for (const user of event.update?.users ?? []) {
				this.users.set(user.sessionId, { ...this.users.get(user.sessionId), ...user })
			}
		} else {
			return
		}
		this.handlers.usersInRoom([...this.users.values()].map((user) => ({ ...user })))
	}
}

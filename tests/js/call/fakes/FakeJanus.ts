/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { AddressInfo } from 'node:net'
import type { WebSocket } from 'ws'

import { WebSocketServer } from 'ws'

/** A request the MCU sent to Janus. */
export interface JanusRequest {
	janus: string
	transaction: string
	session_id?: number
	handle_id?: number
	plugin?: string
	body?: Record<string, unknown> & { request?: string }
	jsep?: { type: string, sdp: string }
	candidate?: unknown
}

/** The replies to one request; `undefined` from an override: the default ones. */
export type JanusReplies = object[]

/**
 * Janus's WebSocket API (subprotocol janus-protocol) as far as the video room MCU uses it:
 * info, create, attach, detach, keepalive, trickle and the video room's create, destroy,
 * join (publisher, subscriber), configure and start, with ids counting up from 1000.
 * `reply` overrides the answer to a request; `push` sends an event on a handle.
 */
export class FakeJanus {
	readonly requests: JanusRequest[] = []
	reply: (request: JanusRequest) => JanusReplies | undefined = () => undefined
	#server: WebSocketServer
	#socket: WebSocket | null = null
	#nextId = 1000

	private constructor(server: WebSocketServer) {
		this.#server = server
		server.on('connection', (socket) => {
			this.#socket = socket
			socket.on('message', (data) => {
				const request = JSON.parse(data.toString()) as JanusRequest
				this.requests.push(request)
				const replies = this.reply(request) ?? this.#defaults(request)
				for (const reply of replies) {
					socket.send(JSON.stringify({ transaction: request.transaction, ...reply }))
				}
			})
		})
	}

	static async start(): Promise<FakeJanus> {
		const server = new WebSocketServer({ port: 0, host: '127.0.0.1', handleProtocols: (protocols) => (protocols.has('janus-protocol') ? 'janus-protocol' : false) })
		await new Promise((resolve) => server.once('listening', resolve))
		return new FakeJanus(server)
	}

	get url(): string {
		return `ws://127.0.0.1:${(this.#server.address() as AddressInfo).port}/`
	}

	/** The requests to the video room plugin (`message` bodies), in order. */
	bodies(): Record<string, unknown>[] {
		return this.requests.filter((request) => request.janus === 'message').map((request) => request.body as Record<string, unknown>)
	}

	/**
	 * An event Janus sends on a handle by itself (no transaction).
	 *
	 * @param handle the handle id
	 * @param event e.g. `{janus: 'webrtcup'}`
	 */
	push(handle: number, event: object): void {
		this.#socket?.send(JSON.stringify({ session_id: 1, sender: handle, ...event }))
	}

	async stop(): Promise<void> {
		for (const client of this.#server.clients) {
			client.terminate()
		}
		await new Promise((resolve) => this.#server.close(resolve))
	}

	#defaults(request: JanusRequest): JanusReplies {
		const plugindata = (data: object) => ({ plugindata: { plugin: 'janus.plugin.videoroom', data } })
		switch (request.janus) {
			case 'info':
				return [{ janus: 'server_info', name: 'Janus WebRTC Server', version: 1102, version_string: '1.1.2', data_channels: true, plugins: { 'janus.plugin.videoroom': { name: 'JANUS VideoRoom plugin' } } }]
			case 'create':
				return [{ janus: 'success', data: { id: 1 } }]
			case 'attach':
				return [{ janus: 'success', session_id: 1, data: { id: this.#nextId++ } }]
			case 'detach':
			case 'destroy':
				return [{ janus: 'success', session_id: 1 }]
			case 'keepalive':
			case 'trickle':
				return [{ janus: 'ack', session_id: 1 }]
			case 'message':
				break
			default:
				return [{ janus: 'error', error: { code: 453, reason: `Unknown request '${request.janus}'` } }]
		}
		const body = request.body ?? {}
		const ack = { janus: 'ack', session_id: 1 }
		const event = (data: object, jsep?: object) => ({ janus: 'event', session_id: 1, sender: request.handle_id, ...plugindata(data), ...(jsep === undefined ? {} : { jsep }) })
		switch (body.request) {
			case 'create':
				return [{ janus: 'success', session_id: 1, sender: request.handle_id, ...plugindata({ videoroom: 'created', room: this.#nextId++, permanent: false }) }]
			case 'destroy':
				return [{ janus: 'success', session_id: 1, sender: request.handle_id, ...plugindata({ videoroom: 'destroyed', room: body.room }) }]
			case 'join':
				return body.ptype === 'publisher'
					? [ack, event({ videoroom: 'joined', room: body.room, id: body.id, publishers: [] })]
					: [ack, event({ videoroom: 'attached', room: body.room }, { type: 'offer', sdp: `v=0\r\no=- ${request.handle_id} 1 IN IP4 127.0.0.1\r\ns=VideoRoom ${String(body.room)}\r\n` })]
			case 'configure':
				return request.jsep === undefined
					? [ack, event({ videoroom: 'event', configured: 'ok' })]
					: [ack, event({ videoroom: 'event', configured: 'ok' }, { type: 'answer', sdp: `v=0\r\no=- ${request.handle_id} 2 IN IP4 127.0.0.1\r\ns=VideoRoom answer\r\n` })]
			case 'start':
				return [ack, event({ videoroom: 'event', started: 'ok' })]
			default:
				return [ack, event({ videoroom: 'event', error_code: 423, error: 'Unknown request' })]
		}
	}
}

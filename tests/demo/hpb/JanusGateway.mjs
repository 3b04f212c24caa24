/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { WebSocket } from 'ws'

const REQUEST_TIMEOUT_MS = 10_000
const KEEPALIVE_INTERVAL_MS = 30_000

/** A Janus `error` reply (or a request that got no answer), as sfu/janus/janus/janus.go ErrorMsg. */
export class JanusError extends Error {
	/**
	 * @param {number} code Janus's error code (500: cancelled, 504: no answer in time)
	 * @param {string} reason its reason
	 */
	constructor(code, reason) {
		super(`Janus error ${code}: ${reason}`)
		this.code = code
	}
}

/**
 * One connection to Janus's WebSocket API (subprotocol `janus-protocol`) with one Janus
 * session, as nextcloud-spreed-signaling's sfu/janus/janus/janus.go Gateway and Session:
 * numbered transactions, replies matched by `transaction`, events without one routed by
 * `sender` to the handle's listener, a keepalive every 30 s.
 */
export class JanusGateway {
	#socket
	#log
	#nextTransaction = 0
	/** @type {Map<string, (message: any) => boolean>} a transaction's listener; true when it is done */
	#transactions = new Map()
	/** @type {Map<number, (event: any) => void>} */
	#handles = new Map()
	#keepalive = undefined
	/** @type {number | null} */
	sessionId = null

	/**
	 * @param {WebSocket} socket an open connection
	 * @param {(line: string) => void} log the stand-in's log
	 */
	constructor(socket, log) {
		this.#socket = socket
		this.#log = log
		socket.on('message', (data) => this.#receive(data.toString()))
		socket.on('close', (code) => {
			log(`Janus connection closed (${code})`)
			clearInterval(this.#keepalive)
			this.#cancelTransactions()
		})
	}

	/**
	 * @param {string} url Janus's WebSocket API, e.g. ws://127.0.0.1:8188/
	 * @param {(line: string) => void} log the stand-in's log
	 * @returns {Promise<JanusGateway>} connected
	 */
	static connect(url, log) {
		return new Promise((resolve, reject) => {
			const socket = new WebSocket(url, 'janus-protocol')
			socket.once('open', () => resolve(new JanusGateway(socket, log)))
			socket.once('error', reject)
		})
	}

	/** @returns {Promise<any>} Janus's `server_info` */
	info() {
		return this.#send({ janus: 'info' }, ['server_info'])
	}

	/** `create`: the Janus session every handle lives in, kept alive from now on. */
	async createSession() {
		const reply = await this.#send({ janus: 'create' }, ['success'])
		this.sessionId = reply.data.id
		this.#keepalive = setInterval(() => {
			this.#send({ janus: 'keepalive', session_id: this.sessionId }, ['ack'])
				.catch((error) => this.#log(`Janus keepalive failed: ${error.message}`))
		}, KEEPALIVE_INTERVAL_MS)
	}

	/**
	 * `attach` to a plugin.
	 *
	 * @param {string} plugin e.g. janus.plugin.videoroom
	 * @param {(event: any) => void} onEvent the handle's events (event, webrtcup, media, hangup, slowlink, detached, trickle)
	 * @returns {Promise<number>} the handle id
	 */
	async attach(plugin, onEvent) {
		const reply = await this.#send({ janus: 'attach', plugin, session_id: this.sessionId }, ['success'])
		this.#handles.set(reply.data.id, onEvent)
		return reply.data.id
	}

	/**
	 * `detach`; the handle's listener goes, whatever Janus answers.
	 *
	 * @param {number} handleId the handle
	 */
	async detach(handleId) {
		this.#handles.delete(handleId)
		await this.#send({ janus: 'detach', session_id: this.sessionId, handle_id: handleId }, ['success', 'ack'])
	}

	/**
	 * A synchronous plugin request (janus.go Handle.Request): `success` with `plugindata`.
	 *
	 * @param {number} handleId the handle
	 * @param {object} body the plugin request
	 */
	request(handleId, body) {
		return this.#send({ janus: 'message', session_id: this.sessionId, handle_id: handleId, body }, ['success'])
	}

	/**
	 * An asynchronous plugin request (janus.go Handle.Message): `ack`, then the `event`.
	 *
	 * @param {number} handleId the handle
	 * @param {object} body the plugin request
	 * @param {object} [jsep] an offer or answer
	 */
	message(handleId, body, jsep) {
		return this.#send({ janus: 'message', session_id: this.sessionId, handle_id: handleId, body, ...(jsep === undefined ? {} : { jsep }) }, ['event'])
	}

	/**
	 * @param {number} handleId the handle
	 * @param {object} candidate `{candidate, sdpMid, sdpMLineIndex}` or `{completed: true}`
	 */
	trickle(handleId, candidate) {
		return this.#send({ janus: 'trickle', session_id: this.sessionId, handle_id: handleId, candidate }, ['ack'])
	}

	/** `destroy` the session, then close the connection. */
	async close() {
		clearInterval(this.#keepalive)
		if (this.sessionId !== null && this.#socket.readyState === WebSocket.OPEN) {
			await this.#send({ janus: 'destroy', session_id: this.sessionId }, ['success', 'ack']).catch(() => {})
		}
		this.#socket.close()
	}

	/**
	 * @param {object} request without transaction
	 * @param {string[]} answers the reply types that end the transaction (`error` always does; `ack` before an awaited `event` is skipped)
	 * @returns {Promise<any>} the reply
	 */
	#send(request, answers) {
		return new Promise((resolve, reject) => {
			if (this.#socket.readyState !== WebSocket.OPEN) {
				reject(new JanusError(500, 'not connected'))
				return
			}
			const transaction = String(++this.#nextTransaction)
			const timer = setTimeout(() => {
				this.#transactions.delete(transaction)
				reject(new JanusError(504, `no answer to ${request.janus} in ${REQUEST_TIMEOUT_MS / 1000} s`))
			}, REQUEST_TIMEOUT_MS)
			this.#transactions.set(transaction, (reply) => {
				if (reply.janus === 'error') {
					reject(new JanusError(reply.error?.code ?? 490, reply.error?.reason ?? 'unknown error'))
				} else if (answers.includes(reply.janus)) {
					resolve(reply)
				} else {
					return false
				}
				clearTimeout(timer)
				return true
			})
			this.#socket.send(JSON.stringify({ ...request, transaction }))
		})
	}

	/**
	 * janus.go Gateway.recv: with a transaction to its request, else by `sender` to its handle.
	 *
	 * @param {string} text a frame
	 */
	#receive(text) {
		let message
		try {
			message = JSON.parse(text)
		} catch {
			this.#log(`Janus sent what is not JSON: ${text.slice(0, 200)}`)
			return
		}
		if (typeof message.transaction === 'string' && message.transaction !== '') {
			const listener = this.#transactions.get(message.transaction)
			if (listener === undefined) {
				this.#log(`Janus answered an unknown transaction: ${text.slice(0, 200)}`)
			} else if (listener(message)) {
				this.#transactions.delete(message.transaction)
			}
			return
		}
		const handle = this.#handles.get(message.sender)
		if (handle === undefined) {
			this.#log(`Janus event for no handle of ours: ${text.slice(0, 200)}`)
			return
		}
		handle(message)
	}

	#cancelTransactions() {
		for (const listener of this.#transactions.values()) {
			listener({ janus: 'error', error: { code: 500, reason: 'cancelled' } })
		}
		this.#transactions.clear()
	}
}

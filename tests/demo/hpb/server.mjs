/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { createServer } from 'node:http'
import { WebSocketServer } from 'ws'
import { isValidChecksum } from './checksum.mjs'
import { Hub } from './Hub.mjs'
import { FEATURES, MCU_FEATURES, NextcloudBackend } from './NextcloudBackend.mjs'

/**
 * The demo's stand-in for Talk's High Performance Backend (nextcloud-spreed-signaling):
 *
 *   HPB_PORT=8081 HPB_NEXTCLOUD=http://127.0.0.1:8080/ HPB_SECRET=… [HPB_MCU=1|janus] node tests/demo/hpb/server.mjs
 *
 * HPB_MCU=1: the MCU is our own SFU (RtpForwardingSfu.mjs); HPB_MCU=janus: Janus's video room
 * plugin (JanusMcu.mjs), through the Janus this process starts (janusProcess.mjs) and stops, or
 * through the one at HPB_JANUS_URL; HPB_TURN=host:port with HPB_TURN_SECRET gives the started
 * Janus coturn (use-auth-secret) as its TURN server.
 *
 * (HPB_HOST: listen address, default 127.0.0.1; HPB_ALLOW_ALL=1 accepts hellos naming any
 * Nextcloud URL, as `allowall` does, for a demo opened under another host name.)
 * WebSocket `/spreed` for clients; `POST /api/v1/room/<token>` for Talk (signed); and, for
 * tests only, `POST /demo/drop-connections` cuts client sockets without a close handshake,
 * as a network failure would: all of them, the guests' (`?guests=1`) or the users' (`?users=1`);
 * `POST /demo/drop-publisher-answers?count=N[&guests=1]` (MCU only) makes the SFU lose its next N
 * publisher answers (made, never sent; of guests only with `guests=1`), as a lost message would.
 */

const port = Number(process.env.HPB_PORT ?? 8081)
const nextcloud = (process.env.HPB_NEXTCLOUD ?? 'http://127.0.0.1:8080/').replace(/\/?$/, '/')
const secret = process.env.HPB_SECRET ?? ''
const mcuKind = process.env.HPB_MCU === 'janus' ? 'janus' : process.env.HPB_MCU === '1' ? 'sfu' : null
const withMcu = mcuKind !== null
const host = process.env.HPB_HOST ?? '127.0.0.1'
const allowAll = process.env.HPB_ALLOW_ALL === '1'
const log = (line) => process.stderr.write(`[hpb] ${new Date().toISOString()} ${line}\n`)

if (secret === '') {
	log('HPB_SECRET is required (the secret shared with Talk)')
	process.exit(2)
}

const features = [...FEATURES, ...(withMcu ? MCU_FEATURES : [])].sort()
const backend = new NextcloudBackend({ url: nextcloud, secret, features, log, allowAll })
let mcu = null
const hub = new Hub({ backend, features, log, mcu: null })
/** @type {{ stop: () => Promise<void> } | null} the Janus this process started */
let janus = null
if (mcuKind === 'sfu') {
	const { RtpForwardingSfu } = await import('./RtpForwardingSfu.mjs')
	mcu = await RtpForwardingSfu.start({ hub, log })
	hub.mcu = mcu
} else if (mcuKind === 'janus') {
	const [{ JanusMcu }, { startJanus }] = await Promise.all([import('./JanusMcu.mjs'), import('./janusProcess.mjs')])
	let url = process.env.HPB_JANUS_URL ?? ''
	if (url === '') {
		const [turnHost, turnPort] = (process.env.HPB_TURN ?? '').split(':')
		const turn = turnHost && turnPort && process.env.HPB_TURN_SECRET ? { host: turnHost, port: Number(turnPort), secret: process.env.HPB_TURN_SECRET } : null
		janus = await startJanus({ log, turn })
		url = janus.url
	}
	try {
		mcu = await JanusMcu.start({ hub, log, url })
	} catch (error) {
		log(`Janus MCU did not start: ${error.message}`)
		await janus?.stop()
		process.exit(1)
	}
	hub.mcu = mcu
}

const sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 })

const server = createServer((request, response) => {
	const url = new URL(request.url ?? '/', 'http://hpb')
	const room = /^\/api\/v1\/room\/([^/]+)$/.exec(url.pathname)
	if (request.method === 'POST' && room !== null) {
		readBody(request).then(async (body) => {
			// backend_server.go roomHandler: the brute-force throttle ("BackendRoomAuth") first; a
			// request from an unknown Nextcloud or with a wrong checksum counts as a failure.
			const { blocked, throttle } = hub.throttler.check(request.socket.remoteAddress ?? '', 'BackendRoomAuth')
			if (blocked) {
				httpError(response, 429, 'Too many requests')
				return
			}
			const backendUrl = request.headers['spreed-signaling-backend']
			if ((typeof backendUrl === 'string' && backendUrl !== '' && !backend.matches(backendUrl))
				|| !isValidChecksum(request.headers['spreed-signaling-random'], request.headers['spreed-signaling-checksum'], body, secret)) {
				await throttle()
				httpError(response, 403, 'Authentication check failed')
				return
			}
			let parsed
			try {
				parsed = JSON.parse(body)
			} catch {
				httpError(response, 400, 'Could not read body')
				return
			}
			if (!hub.roomRequest(decodeURIComponent(room[1]), parsed)) {
				httpError(response, 400, `Unsupported request type: ${parsed?.type}`)
				return
			}
			answer(response, 200, {})
		}, () => httpError(response, 400, 'Could not read body'))
		return
	}
	if (request.method === 'GET' && url.pathname === '/api/v1/welcome') {
		// What Talk's admin page (and our setup check) asks a signaling server
		answer(response, 200, { 'nextcloud-spreed-signaling': 'Welcome', version: 'vv-demo-hpb' })
		return
	}
	if (request.method === 'POST' && url.pathname === '/demo/drop-connections') {
		const guestsOnly = url.searchParams.get('guests') === '1'
		const usersOnly = url.searchParams.get('users') === '1'
		let dropped = 0
		for (const socket of [...sockets.clients]) {
			const session = [...hub.sessions.values()].find((candidate) => candidate.socket === socket)
			const isGuest = session?.userId === ''
			if ((!guestsOnly || isGuest) && (!usersOnly || (session !== undefined && !isGuest))) {
				socket.terminate()
				dropped++
			}
		}
		answer(response, 200, { dropped })
		return
	}
	if (request.method === 'POST' && url.pathname === '/demo/drop-publisher-answers') {
		const count = Number(url.searchParams.get('count') ?? '1')
		if (mcu === null || !Number.isInteger(count) || count < 0 || count > 10) {
			answer(response, 400, { error: mcu === null ? 'no_mcu' : 'invalid_count' })
			return
		}
		mcu.dropPublisherAnswers = { count, guestsOnly: url.searchParams.get('guests') === '1' }
		answer(response, 200, { dropping: count })
		return
	}
	answer(response, 404, { error: 'not_found' })
})

server.on('upgrade', (request, socket, head) => {
	if (new URL(request.url ?? '/', 'http://hpb').pathname !== '/spreed') {
		socket.destroy()
		return
	}
	sockets.handleUpgrade(request, socket, head, (client) => hub.accept(client, request.socket.remoteAddress ?? ''))
})
sockets.on('headers', (headers) => {
	headers.push('Server: nextcloud-spreed-signaling/vv-demo-hpb', `X-Spreed-Signaling-Features: ${features.join(', ')}`)
})

server.listen(port, host, () => log(`listening on ws://${host.includes(':') ? `[${host}]` : host}:${port}/spreed for ${nextcloud}${mcuKind === 'janus' ? ' with Janus as MCU' : withMcu ? ' with MCU' : ''}`))

process.on('SIGTERM', () => void stop())
process.on('SIGINT', () => void stop())

/** Stop accepting, close the MCU's connections (and the Janus started here), exit. */
async function stop() {
	hub.close()
	await mcu?.stop().catch((error) => log(`MCU stop failed: ${error.message}`))
	await janus?.stop()
	server.close()
	process.exit(0)
}

/**
 * @param {import('node:http').IncomingMessage} request the request
 */
function readBody(request) {
	return new Promise((resolve, reject) => {
		const chunks = []
		let size = 0
		request.on('data', (chunk) => {
			size += chunk.length
			if (size > 256 * 1024) {
				reject(new Error('too large'))
				request.destroy()
				return
			}
			chunks.push(chunk)
		})
		request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
		request.on('error', reject)
	})
}

/**
 * Go's http.Error, as the signaling server answers a refused backend request.
 *
 * @param {import('node:http').ServerResponse} response the response
 * @param {number} status HTTP status
 * @param {string} text the error
 */
function httpError(response, status, text) {
	response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' })
	response.end(`${text}\n`)
}

/**
 * @param {import('node:http').ServerResponse} response the response
 * @param {number} status HTTP status
 * @param {object} body JSON body
 */
function answer(response, status, body) {
	response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'X-Spreed-Signaling-Features': features.join(', ') })
	response.end(JSON.stringify(body))
}

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { spawn } from 'node:child_process'
import { createServer, request as httpRequest } from 'node:http'

/**
 * The demo host (`make demo` through tests/demo/serve.mjs, and the e2e runs): `size`
 * single-worker `php -S` processes behind one port, each request handed to a process that is
 * idle (waiting in line when all are busy), as a PHP-FPM pool behind a web server does.
 *
 * Why not `php -S` with PHP_CLI_SERVER_WORKERS: a worker that has just accepted a
 * connection may accept a second one before it runs the first request; when the first is
 * Talk's 30 s signaling long poll, the second (say the guest's signaling POST with its offer)
 * waits until that poll returns. Measured on PHP 8.2 with 8 workers: a request sent within
 * ~10 ms of a long one waited for it in 13 of 40 tries. No real server behaves like that.
 * `VV_DEMO_PROCESS_POOL=1` tells Talk's stand-in that it may hold a process for its long poll.
 *
 * Types: processPool.d.mts.
 *
 * @param {import('./processPool.d.mts').PhpProcessPoolOptions} options the pool
 * @return {Promise<import('./processPool.d.mts').PhpProcessPool>}
 */
export async function startPhpProcessPool({ port, host = '127.0.0.1', size, routerScript, cwd, env, log, freePort }) {
	/** @type {{ port: number, process: import('node:child_process').ChildProcess, busy: boolean, running: string, since: number }[]} */
	const backends = []
	// One worker each (php -S warns about an empty PHP_CLI_SERVER_WORKERS).
	const processEnv = { ...env, VV_DEMO_PROCESS_POOL: '1' }
	delete processEnv.PHP_CLI_SERVER_WORKERS
	for (let index = 0; index < size; index++) {
		const backendPort = await freePort()
		const child = spawn('php', ['-S', `127.0.0.1:${backendPort}`, routerScript], {
			cwd,
			env: processEnv,
			stdio: ['ignore', 'pipe', 'pipe'],
			// Its own process group, so that stop() ends it with whatever it started.
			detached: true,
		})
		// Written, not piped: sixteen pipes into one stream would each add their listeners to it.
		const write = (/** @type {Buffer} */ chunk) => log.writableEnded || log.write(chunk)
		child.stdout?.on('data', write)
		child.stderr?.on('data', write)
		backends.push({ port: backendPort, process: child, busy: false, running: '', since: 0 })
	}
	/** @type {(() => void)[]} */
	const waiting = []

	const acquire = async () => {
		for (;;) {
			const idle = backends.find((backend) => !backend.busy)
			if (idle !== undefined) {
				idle.busy = true
				return idle
			}
			await new Promise((wake) => waiting.push(() => wake(undefined)))
		}
	}
	const release = (/** @type {typeof backends[number]} */ backend) => {
		backend.busy = false
		waiting.shift()?.()
	}

	/**
	 * @param {import('node:http').IncomingMessage} incoming the browser's request
	 * @param {import('node:http').ServerResponse} outgoing its answer
	 */
	const dispatch = async (incoming, outgoing) => {
		const arrived = Date.now()
		const what = `${incoming.method} ${incoming.url}`
		const queued = backends.every((backend) => backend.busy)
		if (queued) {
			log.write(`[process pool] ${new Date(arrived).toISOString()} ${what} waits for a free PHP process; all busy with: ${backends.map((backend) => `${backend.running} (${arrived - backend.since} ms)`).join(', ')}\n`)
		}
		const backend = await acquire()
		backend.running = what
		backend.since = Date.now()
		// Once per request: its response's end and its connection's close both report it done, and
		// between the two the process may already run the next request. Releasing it again then
		// would give it a third one, which php -S makes wait behind the second (up to a whole
		// 30 s long poll).
		let released = false
		const done = () => {
			if (!released) {
				released = true
				release(backend)
			}
		}
		if (queued) {
			log.write(`[process pool] ${what} waited ${backend.since - arrived} ms for a free PHP process\n`)
		}
		// The process stays busy until PHP has finished, even when the browser gave up
		// (an aborted long poll still runs to its end on the server).
		const forward = httpRequest({
			host: '127.0.0.1',
			port: backend.port,
			// From the client's own loopback address, so that PHP's REMOTE_ADDR (and with it
			// Nextcloud's per-IP rate limits and brute-force counts) tells clients on
			// 127.0.0.2, 127.0.0.3, ... apart, as a server without a proxy in front would.
			localAddress: loopbackSource(incoming.socket.remoteAddress),
			method: incoming.method,
			path: incoming.url,
			headers: { ...incoming.headers, connection: 'close' },
			agent: false,
		}, (answer) => {
			outgoing.writeHead(answer.statusCode ?? 502, answer.statusMessage, answer.rawHeaders)
			answer.pipe(outgoing)
			answer.on('end', done)
			answer.on('error', done)
		})
		forward.on('error', (error) => {
			done()
			if (!outgoing.headersSent) {
				outgoing.writeHead(502, { 'content-type': 'text/plain' })
			}
			outgoing.end(`php -S at port ${backend.port}: ${error.message}`)
		})
		forward.on('close', done)
		incoming.pipe(forward)
	}

	const server = createServer((incoming, outgoing) => void dispatch(incoming, outgoing))
	await new Promise((listening, failed) => {
		server.once('error', failed)
		server.listen(port, host, () => listening(undefined))
	})

	return {
		processes: backends.map((backend) => backend.process),
		async stop() {
			server.closeAllConnections()
			await new Promise((closed) => server.close(() => closed(undefined)))
		},
	}
}

/**
 * The IPv4 loopback address a client connected from, or undefined for any other
 *
 * @param {string | undefined} address - the socket's remote address
 * @return {string | undefined}
 */
function loopbackSource(address) {
	const match = /^(?:::ffff:)?(127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/.exec(address ?? '')
	return match === null ? undefined : match[1]
}

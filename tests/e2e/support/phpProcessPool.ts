/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { ChildProcess } from 'node:child_process'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { Writable } from 'node:stream'

import { spawn } from 'node:child_process'
import { createServer, request as httpRequest } from 'node:http'

/**
 * The demo host for the e2e runs: `size` single-worker `php -S` processes behind one port,
 * each request handed to a process that is idle (waiting in line when all are busy), as a
 * PHP-FPM pool behind a web server does.
 *
 * Why not `php -S` with PHP_CLI_SERVER_WORKERS: a worker that has just accepted a
 * connection may accept a second one before it runs the first request; when the first is
 * Talk's 30 s signaling long poll, the second (say the guest's signaling POST with its offer)
 * waits until that poll returns. Measured on PHP 8.2 with 8 workers: a request sent within
 * ~10 ms of a long one waited for it in 13 of 40 tries. No real server behaves like that.
 */
export interface PhpProcessPool {
	processes: ChildProcess[]
	stop(): Promise<void>
}

interface Backend {
	port: number
	process: ChildProcess
	busy: boolean
	/** What it runs, for the log line of a request that had to wait */
	running: string
	since: number
}

export async function startPhpProcessPool({ port, size, routerScript, cwd, env, log, freePort }: {
	port: number
	size: number
	routerScript: string
	cwd: string
	env: NodeJS.ProcessEnv
	log: Writable
	freePort(): Promise<number>
}): Promise<PhpProcessPool> {
	const backends: Backend[] = []
	for (let index = 0; index < size; index++) {
		const backendPort = await freePort()
		const child = spawn('php', ['-S', `127.0.0.1:${backendPort}`, routerScript], {
			cwd,
			env: { ...env, PHP_CLI_SERVER_WORKERS: '', VV_DEMO_PROCESS_POOL: '1' },
			stdio: ['ignore', 'pipe', 'pipe'],
			// Its own process group, so that stop() ends it with whatever it started.
			detached: true,
		})
		// Written, not piped: sixteen pipes into one stream would each add their listeners to it.
		const write = (chunk: Buffer) => log.writableEnded || log.write(chunk)
		child.stdout?.on('data', write)
		child.stderr?.on('data', write)
		backends.push({ port: backendPort, process: child, busy: false, running: '', since: 0 })
	}
	const waiting: (() => void)[] = []

	const acquire = async (): Promise<Backend> => {
		for (;;) {
			const idle = backends.find((backend) => !backend.busy)
			if (idle !== undefined) {
				idle.busy = true
				return idle
			}
			await new Promise<void>((wake) => waiting.push(wake))
		}
	}
	const release = (backend: Backend): void => {
		if (!backend.busy) {
			return
		}
		backend.busy = false
		waiting.shift()?.()
	}

	const dispatch = async (incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> => {
		const arrived = Date.now()
		const busyThen = backends.every((backend) => backend.busy)
			? backends.map((backend) => `${backend.running} (${arrived - backend.since} ms)`)
			: []
		const backend = await acquire()
		backend.running = `${incoming.method} ${incoming.url}`
		backend.since = Date.now()
		if (backend.since - arrived > 1000) {
			log.write(`[process pool] ${backend.running} waited ${backend.since - arrived} ms for a free PHP process; all busy with: ${busyThen.join(', ')}\n`)
		}
		// The process stays busy until PHP has finished, even when the browser gave up
		// (an aborted long poll still runs to its end on the server).
		const forward = httpRequest({
			host: '127.0.0.1',
			port: backend.port,
			method: incoming.method,
			path: incoming.url,
			headers: { ...incoming.headers, connection: 'close' },
			agent: false,
		}, (answer) => {
			outgoing.writeHead(answer.statusCode ?? 502, answer.statusMessage, answer.rawHeaders)
			answer.pipe(outgoing)
			answer.on('end', () => release(backend))
			answer.on('error', () => release(backend))
		})
		forward.on('error', (error) => {
			release(backend)
			if (!outgoing.headersSent) {
				outgoing.writeHead(502, { 'content-type': 'text/plain' })
			}
			outgoing.end(`php -S at port ${backend.port}: ${error.message}`)
		})
		forward.on('close', () => release(backend))
		incoming.pipe(forward)
	}

	const server: Server = createServer((incoming, outgoing) => void dispatch(incoming, outgoing))
	await new Promise<void>((listening, failed) => {
		server.once('error', failed)
		server.listen(port, '127.0.0.1', () => listening())
	})

	return {
		processes: backends.map((backend) => backend.process),
		async stop() {
			server.closeAllConnections()
			await new Promise<void>((closed) => server.close(() => closed()))
		},
	}
}

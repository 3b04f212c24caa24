/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { startPhpProcessPool } from './processPool.mjs'

/*
 * `make demo`: the demo host on HOST:PORT (default 0.0.0.0:8080) as the e2e runs serve it, a pool
 * of single-worker php -S processes (processPool.mjs; VV_DEMO_POOL_SIZE, default 8). The
 * environment (VV_DEMO_DATA, VV_DEMO_SIGNALING_SERVERS, …) goes to every process; their output
 * to this one's. Ctrl+C (or SIGTERM) ends them all.
 */

const port = Number(process.env.PORT ?? 8080)
const host = process.env.HOST ?? '0.0.0.0'
const size = Number(process.env.VV_DEMO_POOL_SIZE ?? 8)
if (!Number.isInteger(port) || port <= 0 || port > 65535 || !Number.isInteger(size) || size < 1) {
	console.error(`PORT must be a TCP port and VV_DEMO_POOL_SIZE at least 1 (PORT=${process.env.PORT}, VV_DEMO_POOL_SIZE=${process.env.VV_DEMO_POOL_SIZE})`)
	process.exit(2)
}

/** A free loopback port for one php -S process. */
function freePort() {
	return new Promise((resolvePort, reject) => {
		const probe = createServer()
		probe.once('error', reject)
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address()
			probe.close(() => typeof address === 'object' && address !== null ? resolvePort(address.port) : reject(new Error('No free port')))
		})
	})
}

const pool = await startPhpProcessPool({
	port,
	host,
	size,
	routerScript: 'tests/demo/server/router.php',
	cwd: fileURLToPath(new URL('../..', import.meta.url)),
	env: process.env,
	log: process.stdout,
	freePort,
})
console.info(`Demo host on ${host}:${port}: ${size} php -S processes`)

let stopping = false
/**
 * Ends the pool and each process's group (php -S runs in its own).
 *
 * @param {number} code the exit code
 */
async function stop(code) {
	if (stopping) {
		return
	}
	stopping = true
	for (const child of pool.processes) {
		try {
			process.kill(-(/** @type {number} */ (child.pid)), 'SIGTERM')
		} catch {
			// Gone already.
		}
	}
	await pool.stop()
	process.exit(code)
}
process.on('SIGINT', () => void stop(0))
process.on('SIGTERM', () => void stop(0))
for (const child of pool.processes) {
	child.once('exit', (code, signal) => {
		if (!stopping) {
			console.error(`A php -S process of the demo ended (${code ?? signal}); stopping the demo`)
			void stop(1)
		}
	})
}

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { spawn } from 'node:child_process'
import { chmodSync, createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/*
 * The two demo hosts the load test compares, each in a fresh run folder removed afterwards:
 * "cluster" (tests/demo/cluster/run.sh: nginx, two PHP-FPM app servers, PostgreSQL, Redis,
 * coturn) and "embedded" (tests/demo/serve.mjs: a pool of php -S processes on SQLite, as
 * `make demo`). Both run in their own process group; stop() ends the group.
 */

/**
 * @typedef {{ name: string, baseUrl: string, pid: number, runDir: string, log: string, stop: () => Promise<void> }} RunningStack
 */

/**
 * @param {'cluster' | 'embedded'} name
 * @param {string} repositoryRoot
 * @return {Promise<RunningStack>}
 */
export async function startStack(name, repositoryRoot) {
	const runDir = mkdtempSync(join(tmpdir(), `vv-load-${name}-`))
	chmodSync(runDir, 0o755)
	const dataDir = join(runDir, 'data')
	mkdirSync(dataDir)
	const port = await freePort()
	const log = join(runDir, 'stack.log')
	const env = { ...process.env, PORT: String(port), VV_DEMO_DATA: dataDir, VV_DEMO_SIGNALING_SERVERS: '' }
	const child = name === 'cluster'
		? spawn('tests/demo/cluster/run.sh', [], { cwd: repositoryRoot, env: { ...env, VV_CLUSTER_WORK_PARENT: runDir }, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
		: spawn(process.execPath, ['tests/demo/serve.mjs'], { cwd: repositoryRoot, env: { ...env, HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
	const output = createWriteStream(log)
	child.stdout.pipe(output)
	child.stderr.pipe(output)
	const baseUrl = `http://127.0.0.1:${port}`

	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) {
			const exited = new Promise((done) => child.once('exit', done))
			signalGroup(child.pid, 'SIGTERM')
			const killer = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), 10_000)
			await exited
			clearTimeout(killer)
		}
		signalGroup(child.pid, 'SIGKILL')
		output.end()
		if (process.env.VV_LOAD_KEEP !== '1') {
			rmSync(runDir, { recursive: true, force: true })
		}
	}

	const deadline = Date.now() + 60_000
	for (;;) {
		if (child.exitCode !== null) {
			const text = readFileSync(log, 'utf8')
			await stop()
			throw new Error(`The ${name} stack ended before it answered:\n${text.split('\n').slice(-30).join('\n')}`)
		}
		try {
			const response = await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(2_000) })
			if (response.ok) {
				break
			}
		} catch {
			// Not yet
		}
		if (Date.now() > deadline) {
			await stop()
			throw new Error(`The ${name} stack did not answer within 60 s (log: ${log})`)
		}
		await new Promise((wake) => setTimeout(wake, 200))
	}
	return { name, baseUrl, pid: child.pid, runDir, log, stop }
}

/**
 * @param {number} pid the group leader
 * @param {NodeJS.Signals} signal
 */
function signalGroup(pid, signal) {
	try {
		process.kill(-pid, signal)
	} catch {
		// Gone already
	}
}

/** @return {Promise<number>} */
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

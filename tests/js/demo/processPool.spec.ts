/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { PhpProcessPool } from '../../demo/processPool.mjs'

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { get } from 'node:http'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { afterEach, describe, expect, it } from 'vitest'
import { startPhpProcessPool } from '../../demo/processPool.mjs'

/*
 * The demo host's pool of single-worker php -S processes (make demo, e2e). A php -S process runs
 * one request at a time and lets the next connection wait in its backlog, so the pool must never
 * hand a process a second request while it runs one: behind a 30 s signaling long poll that
 * request would wait up to 30 s. Traced in the e2e call series (about one call in 10–20): alice's
 * signaling POST with her offer started in PHP only when the recipient's long poll on the same
 * process ended, 29.5 s later.
 */

let pool: PhpProcessPool | undefined
let dir: string | undefined

afterEach(async () => {
	await pool?.stop()
	for (const child of pool?.processes ?? []) {
		try {
			process.kill(-(child.pid as number), 'SIGKILL')
		} catch {
			// gone already
		}
	}
	pool = undefined
	if (dir !== undefined) {
		rmSync(dir, { recursive: true, force: true })
	}
})

/** A free loopback port. */
function freePort(): Promise<number> {
	return new Promise((resolvePort, reject) => {
		const probe = createServer()
		probe.once('error', reject)
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address()
			probe.close(() => typeof address === 'object' && address !== null ? resolvePort(address.port) : reject(new Error('no port')))
		})
	})
}

/**
 * A pool whose PHP answers `/?ms=N` after N milliseconds.
 *
 * @param size the number of processes
 */
async function sleepingPool(size: number): Promise<string> {
	dir = mkdtempSync(join(tmpdir(), 'vv-pool-'))
	writeFileSync(join(dir, 'router.php'), '<?php usleep((int)($_GET["ms"] ?? 0) * 1000); echo "ok";\n')
	const port = await freePort()
	pool = await startPhpProcessPool({
		port,
		size,
		routerScript: 'router.php',
		cwd: dir,
		env: process.env,
		log: new Writable({ write: (_chunk, _encoding, done) => done() }),
		freePort,
	})
	const base = `http://127.0.0.1:${port}`
	// Every process is up once each answered.
	await Promise.all(Array.from({ length: size }, () => timed(`${base}/?ms=300`)))
	return base
}

/**
 * How long a request takes (node's http: the test environment's fetch is happy-dom's).
 *
 * @param url the request
 */
function timed(url: string): Promise<number> {
	const startedAt = Date.now()
	return new Promise((done, fail) => {
		get(url, { agent: false }, (response) => {
			response.resume()
			response.on('end', () => done(Date.now() - startedAt))
		}).on('error', fail)
	})
}

const sleep = (ms: number) => new Promise((wake) => setTimeout(wake, ms))

describe('the demo host\'s process pool', () => {
	it('never gives a process that runs a long request a second one (replays the traced stall)', async () => {
		const base = await sleepingPool(3)
		// The three processes busy: a short request (A), a long poll (L), a medium one (M) ...
		const a = timed(`${base}/?ms=300`)
		await sleep(30)
		const longPoll = timed(`${base}/?ms=4000`).catch(() => -1)
		await sleep(30)
		const m = timed(`${base}/?ms=600`)
		await sleep(30)
		// ... so the next long poll (B) waits for a process: it gets A's the moment A ends, while
		// A's connection is still closing.
		const b = timed(`${base}/?ms=2500`).catch(() => -1)
		await a
		await m
		await sleep(50)
		// M's process is free; A's runs B. A quick request (C, say the offer) goes to M's.
		const c = await timed(`${base}/?ms=0`)
		expect(c).toBeLessThan(1000)
		await Promise.all([longPoll, b])
	}, 20_000)
})

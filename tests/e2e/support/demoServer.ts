/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { ChildProcess } from 'node:child_process'

import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, expect } from 'vitest'
import { startPhpProcessPool } from '../../demo/processPool.mjs'

export const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url))
export const artifactsDir = join(repositoryRoot, 'tests/e2e/.artifacts')

const routerScript = 'tests/demo/server/router.php'
const hpbScript = 'tests/demo/hpb/server.mjs'
const clusterScript = 'tests/demo/cluster/run.sh'
const startTimeoutMs = 30_000

/**
 * The stack the demo runs on: VV_STACK=cluster for the clustered one (tests/demo/cluster/run.sh),
 * else the embedded pool of php -S processes.
 *
 * @param value the environment variable's value
 */
export function stackOf(value: string | undefined): 'embedded' | 'cluster' {
	if (value === undefined || value === '' || value === 'embedded') {
		return 'embedded'
	}
	if (value === 'cluster') {
		return 'cluster'
	}
	throw new Error(`VV_STACK must be embedded or cluster, not ${value}`)
}

/**
 * How Talk's stand-in signals: internal (its own long poll), or through the High Performance
 * Backend stand-in (tests/demo/hpb) without or with its MCU.
 */
export type SignalingMode = 'internal' | 'external' | 'external-mcu'

export const SIGNALING_MODES: SignalingMode[] = ['internal', 'external', 'external-mcu']

/**
 * @param value e.g. process.env.VV_SIGNALING
 */
export function signalingModeOf(value: string | undefined): SignalingMode {
	if (value === undefined || value === '') {
		return 'internal'
	}
	if (!(SIGNALING_MODES as string[]).includes(value)) {
		throw new Error(`VV_SIGNALING must be one of ${SIGNALING_MODES.join(', ')}, not "${value}"`)
	}
	return value as SignalingMode
}

export interface DemoServer {
	baseUrl: string
	/** VV_DEMO_DATA of this run: a fresh folder, removed by stop() when `keepData` is false */
	dataDir: string
	/** VV_CONTRACT_LOG: one line per request or response that broke an OpenAPI spec */
	contractLog: string
	/** php -S's own output (its request log and PHP errors) */
	serverLog: string
	signaling: SignalingMode
	/** The media server of `external-mcu` */
	mcu: 'sfu' | 'janus'
	/** The High Performance Backend stand-in's HTTP base (external modes), e.g. for /demo/drop-connections */
	hpbUrl: string | null
	/** The secret Talk and the signaling server share (null without the HPB): a journey that plays Talk's part signs with it. */
	hpbSecret: string | null
	stop(options?: { keepData?: boolean }): Promise<void>
	/** The clustered stack's state file (PIDs of its app servers, Redis's port), when VV_STACK=cluster */
	clusterState?: string
}

/**
 * Starts the demo host under PHP's built-in server on a free loopback port, with its own
 * data folder and contract log, and resolves once `/` answers. In the external signaling
 * modes the HPB stand-in runs beside it, and Talk's stand-in is configured to use it.
 *
 * @param options.signaling the mode; default from $VV_SIGNALING, else internal
 * @param options.name a second demo's name, so that its php -S output has a log file of its own
 * @param options.talk false: the demo without Talk (`VV_DEMO_TALK=off`)
 * @param options.nextcloud the Nextcloud major the demo plays (`VV_DEMO_NC`, default 35; 33 and 34 dispatch no share update event)
 * @param options.recordingConsent Talk's `recording_consent` with a recording server declared (`VV_DEMO_RECORDING_CONSENT`; Talk applies it only with external signaling)
 * @param options.mcu the media server of `external-mcu`: our SFU, or Janus (the HPB stand-in starts it; on the cluster stack with coturn as its TURN server); default Janus on the cluster stack, else our SFU
 */
export async function startDemoServer({ signaling = signalingModeOf(process.env.VV_SIGNALING), name, talk = true, nextcloud, recordingConsent, mcu }: { signaling?: SignalingMode, name?: string, talk?: boolean, nextcloud?: 33 | 34 | 35, recordingConsent?: 0 | 1 | 2, mcu?: 'sfu' | 'janus' } = {}): Promise<DemoServer> {
	if (!existsSync(join(repositoryRoot, routerScript))) {
		throw new Error(`The demo host is missing: ${routerScript} does not exist`)
	}
	mkdirSync(artifactsDir, { recursive: true })
	const runDir = mkdtempSync(join(tmpdir(), 'vv-e2e-'))
	const dataDir = join(runDir, 'data')
	mkdirSync(dataDir)
	const contractLog = join(runDir, 'contract.log')
	writeFileSync(contractLog, '')
	const cluster = stackOf(process.env.VV_STACK) === 'cluster'
	const mediaServer = mcu ?? (cluster ? 'janus' : 'sfu')
	const serverLog = join(artifactsDir, `demo-server${name === undefined ? '' : `-${name}`}${signaling === 'internal' ? '' : `-${signaling}`}${signaling === 'external-mcu' && mediaServer === 'janus' ? '-janus' : ''}${talk ? '' : '-talk-off'}.log`)

	const port = await freePort()
	const baseUrl = `http://127.0.0.1:${port}`
	const log = createWriteStream(serverLog)
	let hpb: ChildProcess | null = null
	let hpbUrl: string | null = null
	let hpbSecret: string | null = null
	let signalingServers = ''
	// The cluster stack's coturn, chosen here so that Janus can use it as well.
	const turn = cluster ? { port: await freePort(), secret: randomBytes(24).toString('hex') } : null
	if (signaling !== 'internal') {
		const hpbPort = await freePort()
		const secret = randomBytes(24).toString('hex')
		hpbSecret = secret
		hpbUrl = `http://127.0.0.1:${hpbPort}`
		signalingServers = JSON.stringify({ servers: [{ server: `${hpbUrl}/`, verify: false }], secret })
		hpb = spawn(process.execPath, [hpbScript], {
			cwd: repositoryRoot,
			env: {
				...process.env,
				HPB_PORT: String(hpbPort),
				HPB_NEXTCLOUD: `${baseUrl}/`,
				HPB_SECRET: secret,
				HPB_MCU: signaling !== 'external-mcu' ? '0' : mediaServer === 'janus' ? 'janus' : '1',
				...(turn === null ? {} : { HPB_TURN: `127.0.0.1:${turn.port}`, HPB_TURN_SECRET: turn.secret }),
			},
			stdio: ['ignore', 'pipe', 'pipe'],
			// Its own process group, like php -S (the MCU's Janus must stop with it).
			detached: true,
		})
		hpb.stdout?.pipe(log)
		hpb.stderr?.pipe(log)
	}
	const demoEnv = { ...process.env, VV_DEMO_DATA: dataDir, VV_CONTRACT_LOG: contractLog, VV_DEMO_SIGNALING_SERVERS: signalingServers, ...(talk ? {} : { VV_DEMO_TALK: 'off' }), ...(nextcloud === undefined ? {} : { VV_DEMO_NC: String(nextcloud) }), ...(recordingConsent === undefined ? {} : { VV_DEMO_RECORDING_CONSENT: String(recordingConsent) }) }
	// The host: nginx over two PHP-FPM app servers, PostgreSQL (VV_CLUSTER_DB=mysql: MariaDB),
	// Redis and coturn; or several PHP processes, so that Talk's long polls do not block the
	// other requests.
	let host: ChildProcess
	let stopHost: () => Promise<void>
	let clusterState: string | undefined
	if (turn !== null) {
		clusterState = join(runDir, 'cluster.json')
		// The stack's databases run as an unprivileged user in a folder under runDir.
		chmodSync(runDir, 0o755)
		const cluster = spawn(clusterScript, [], { cwd: repositoryRoot, env: { ...demoEnv, PORT: String(port), VV_CLUSTER_STATE: clusterState, VV_CLUSTER_WORK_PARENT: runDir, VV_TURN_PORT: String(turn.port), VV_TURN_SECRET: turn.secret }, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
		cluster.stdout?.pipe(log)
		cluster.stderr?.pipe(log)
		host = cluster
		stopHost = () => terminate(cluster)
	} else {
		const pool = await startPhpProcessPool({
			port,
			size: 8,
			routerScript,
			cwd: repositoryRoot,
			env: demoEnv,
			log,
			freePort,
		})
		host = pool.processes[0] as ChildProcess
		stopHost = async () => {
			await pool.stop()
			await Promise.all(pool.processes.map(terminate))
		}
	}

	const stop = async ({ keepData = false } = {}): Promise<void> => {
		await stopHost()
		if (hpb !== null) {
			await terminate(hpb)
		}
		log.end()
		if (!keepData) {
			rmSync(runDir, { recursive: true, force: true })
		}
	}

	try {
		await waitUntilAnswering(baseUrl, host)
		if (hpb !== null && hpbUrl !== null) {
			await waitUntilAnswering(hpbUrl, hpb, 404)
		}
	} catch (error) {
		await stop({ keepData: true })
		throw new Error(`${(error as Error).message}\n--- ${serverLog} ---\n${tail(serverLog)}`, { cause: error })
	}
	return { baseUrl, dataDir, contractLog, serverLog, signaling, mcu: mediaServer, hpbUrl, hpbSecret, stop, ...(clusterState === undefined ? {} : { clusterState }) }
}

export type DemoServerOptions = NonNullable<Parameters<typeof startDemoServer>[0]>

/**
 * Registers the hooks of a describe block that runs against a demo host of its own (another
 * signaling mode, Nextcloud major, Talk setting): started before its tests, stopped after them,
 * and its contract log must then hold no violation (its data is kept when it does). Returns the
 * running demo, e.g. for useBrowser's `baseUrl`.
 *
 * @param options as for startDemoServer
 * @param expected.violations violations the block provokes on purpose: only the others fail it
 */
export function useOwnDemoServer(options: DemoServerOptions, expected: { violations?: RegExp } = {}): () => DemoServer {
	let demo: DemoServer | undefined

	beforeAll(async () => {
		demo = await startDemoServer(options)
	}, 60_000)

	afterAll(async () => {
		const violations = demo === undefined ? [] : readContractViolations(demo.contractLog)
		const unexpected = expected.violations === undefined
			? violations
			: violations.filter((line) => !(expected.violations as RegExp).test(JSON.parse(line).violation as string))
		await demo?.stop({ keepData: unexpected.length > 0 })
		expect(unexpected).toEqual([])
	})

	return () => {
		if (demo === undefined) {
			throw new Error('The demo of this block has not started (useOwnDemoServer() belongs at the top of a describe block)')
		}
		return demo
	}
}

/**
 * The contract violations logged from byte `from` on (the demo appends, never rewrites).
 */
export function readContractViolations(contractLog: string, from = 0): string[] {
	if (!existsSync(contractLog)) {
		return []
	}
	return readFileSync(contractLog).subarray(from).toString('utf8')
		.split('\n')
		.filter((line) => line.trim() !== '')
}

export function contractLogSize(contractLog: string): number {
	return existsSync(contractLog) ? readFileSync(contractLog).byteLength : 0
}

async function freePort(): Promise<number> {
	return new Promise((resolvePort, reject) => {
		const probe = createServer()
		probe.once('error', reject)
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address()
			probe.close(() => {
				if (address !== null && typeof address === 'object') {
					resolvePort(address.port)
				} else {
					reject(new Error('Could not find a free port'))
				}
			})
		})
	})
}

async function waitUntilAnswering(baseUrl: string, server: ChildProcess, expectedStatus?: number): Promise<void> {
	const deadline = Date.now() + startTimeoutMs
	let lastError = ''
	while (Date.now() < deadline) {
		if (server.exitCode !== null || server.signalCode !== null) {
			throw new Error(`${server.spawnfile} exited (${server.exitCode ?? server.signalCode}) before ${baseUrl}/ answered`)
		}
		try {
			const response = await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(2_000) })
			if (expectedStatus === undefined ? response.ok : response.status === expectedStatus) {
				return
			}
			lastError = `HTTP ${response.status}`
		} catch (error) {
			lastError = (error as Error).message
		}
		await new Promise((wake) => setTimeout(wake, 100))
	}
	throw new Error(`The demo did not answer at ${baseUrl}/ within ${startTimeoutMs / 1000} s (last: ${lastError})`)
}

async function terminate(server: ChildProcess): Promise<void> {
	if (server.exitCode !== null || server.signalCode !== null) {
		return
	}
	const exited = new Promise<void>((done) => server.once('exit', () => done()))
	killGroup(server, 'SIGTERM')
	const killTimer = setTimeout(() => killGroup(server, 'SIGKILL'), 5_000)
	await exited
	clearTimeout(killTimer)
	// The workers may outlive the master by a moment.
	killGroup(server, 'SIGKILL')
}

function killGroup(server: ChildProcess, signal: NodeJS.Signals): void {
	try {
		process.kill(-(server.pid as number), signal)
	} catch {
		// The group is gone already.
	}
}

function tail(file: string, lines = 40): string {
	if (!existsSync(file)) {
		return '(no output)'
	}
	return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n')
}

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Recipient, Sharer, Stats } from './load/actors.mjs'
import { stackCpuSeconds } from './load/processCpu.mjs'
import { startStack } from './load/stack.mjs'

/*
 * `make bench-load`: a bounded load test on loopback, plain HTTP, no browser. For each stack
 * (the clustered one and the embedded demo, one after the other, each fresh) N recipients wait
 * on open requests and poll their status every 2 s as the password page does, two sharers keep
 * the file's Sharing tab open (records and callbacks every 5 s), and a cohort of recipients
 * nobody answered asks to be called back after the minute and then polls the callback every
 * 5 s. N steps up (50, 100, 200, 400 by default) until the status poll's p95 passes the
 * threshold (500 ms) or the time is up. In each step's measuring window the sharer answers and
 * approves a few requests (Talk's room and call joins over HTTP first), and the recipient's
 * next poll unlocks the share.
 *
 * Reported per step: p50/p95 of the status poll, of approve and of the unlocking poll (and of
 * the others), the CPU the stack's processes used (from /proc: PHP workers, nginx or the Node
 * front, PostgreSQL, Redis) in cores and per 100 waiting recipients, failures, and the load
 * average of the machine. The load generator runs on the same machine and is not counted.
 *
 * Environment: VV_LOAD_STACKS (cluster,embedded), VV_LOAD_STEPS (50,100,200,400),
 * VV_LOAD_WINDOW_SECONDS (15, the measuring window of a step), VV_LOAD_MAX_SECONDS (300, for
 * all stacks together), VV_LOAD_APPROVALS (3 per step), VV_LOAD_THRESHOLD_MS (500),
 * VV_LOAD_CALLBACKS (15), VV_LOAD_JSON (a file for the figures), VV_LOAD_KEEP=1 (keep the
 * run folders).
 */

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url))
const stacks = listOf(process.env.VV_LOAD_STACKS ?? 'cluster,embedded')
const steps = listOf(process.env.VV_LOAD_STEPS ?? '50,100,200,400').map(Number)
const windowMs = Number(process.env.VV_LOAD_WINDOW_SECONDS ?? 15) * 1000
const maxMs = Number(process.env.VV_LOAD_MAX_SECONDS ?? 300) * 1000
const approvalsPerStep = Number(process.env.VV_LOAD_APPROVALS ?? 3)
const thresholdMs = Number(process.env.VV_LOAD_THRESHOLD_MS ?? 500)
const callbackCohort = Number(process.env.VV_LOAD_CALLBACKS ?? 15)
/** A share holds at most three live requests (RequestLimits::MAX_OPEN) */
const PER_SHARE = 3
const CALLBACK_AFTER_MS = 62_000
const SETTLE_MS = 2_000
const BANK_STATEMENT_FILE_ID = 103

if (stacks.some((name) => name !== 'cluster' && name !== 'embedded') || steps.some((n) => !Number.isInteger(n) || n < 1)
	|| [windowMs, maxMs, approvalsPerStep, thresholdMs, callbackCohort].some((value) => !Number.isFinite(value) || value < 0)) {
	console.error('VV_LOAD_STACKS must list cluster and/or embedded, VV_LOAD_STEPS positive numbers, the other settings numbers ≥ 0')
	process.exit(2)
}

const startedAt = Date.now()
const results = []
console.info(`Load test: stacks ${stacks.join(', ')}; steps ${steps.join(', ')}; ${windowMs / 1000} s per step; at most ${maxMs / 1000} s; load average ${loadText()}`)
for (const [index, name] of stacks.entries()) {
	const deadline = startedAt + maxMs * (index + 1) / stacks.length
	results.push(await runStack(name, deadline))
}
const summary = {
	loadAverageAtEnd: loadavg(),
	totalSeconds: Math.round((Date.now() - startedAt) / 1000),
	stacks: results,
}
console.info(`\nDone in ${summary.totalSeconds} s; load average now ${loadText()}`)
for (const result of results) {
	console.info(`${result.stack}: ${result.thresholdN === null ? `status poll p95 stayed under ${thresholdMs} ms up to N = ${result.steps.at(-1)?.n ?? 0}${result.stoppedBy === 'time' ? ' (time was up)' : ''}` : `status poll p95 passed ${thresholdMs} ms at N = ${result.thresholdN}`}`)
}
if (process.env.VV_LOAD_JSON) {
	writeFileSync(process.env.VV_LOAD_JSON, JSON.stringify(summary, null, 2))
}

/**
 * @param {'cluster' | 'embedded'} name
 * @param {number} deadline wall clock, ms
 */
async function runStack(name, deadline) {
	console.info(`\n== ${name}: starting`)
	const stack = await startStack(name, repositoryRoot)
	const stats = new Stats()
	stats.recording = false
	/** @type {Recipient[]} */
	let waiting = []
	/** @type {Recipient[]} */
	const callbackWaiters = []
	/** @type {Sharer[]} */
	const sharers = []
	const result = { stack: name, steps: [], thresholdN: null, stoppedBy: 'steps' }
	try {
		const callbackTokens = await makeShares(stack.baseUrl, Math.ceil(callbackCohort / PER_SHARE))
		/** @type {string[]} */
		const recipientTokens = []

		for (let i = 0; i < 2; i++) {
			const sharer = new Sharer(stack.baseUrl, BANK_STATEMENT_FILE_ID, stats)
			await sharer.login()
			sharer.openSharingTab()
			sharers.push(sharer)
		}
		for (let i = 0; i < callbackCohort; i++) {
			const recipient = new Recipient(stack.baseUrl, callbackTokens[Math.floor(i / PER_SHARE)], stats)
			await recipient.register()
			callbackWaiters.push(recipient)
		}
		const callbackTimer = setTimeout(() => {
			for (const recipient of callbackWaiters) {
				recipient.askCallback().catch((error) => stats.noteError('callback ask', error))
			}
		}, CALLBACK_AFTER_MS)

		const slots = [] // slot i → share of recipient i
		// How long making a share and registering a recipient took so far (to see whether the
		// next step still fits in the time)
		let preparingMsPerRecipient = 0
		for (const n of steps) {
			if (Date.now() + (n - waiting.length) * preparingMsPerRecipient + windowMs + SETTLE_MS + 5_000 > deadline) {
				console.info(`   (time is up for ${name}: N = ${n} not measured)`)
				result.stoppedBy = 'time'
				break
			}
			stats.recording = false
			const preparingFrom = Date.now()
			const newcomers = n - waiting.length
			recipientTokens.push(...await makeShares(stack.baseUrl, Math.ceil(n / PER_SHARE) - recipientTokens.length))
			while (slots.length < n) {
				slots.push(recipientTokens[Math.floor(slots.length / PER_SHARE)])
			}
			// The registrations of the newcomers are timed on their own (they come before the window)
			const arrivals = new Stats()
			waiting = await fill(waiting, slots, stack.baseUrl, arrivals)
			for (const recipient of waiting) {
				recipient.stats = stats
			}
			preparingMsPerRecipient = (Date.now() - preparingFrom) / Math.max(1, newcomers)
			await sleep(SETTLE_MS)
			stats.reset()
			stats.recording = true
			const loadBefore = loadavg()
			const cpuBefore = stackCpuSeconds(stack.pid, stack.runDir)
			const windowStart = performance.now()
			await sleep(windowMs / 3)
			// The sharer answers and approves one request after the other while the window
			// lasts; the window does not wait for them (an approval still running at its end
			// is finished, unmeasured, before the next step).
			const approved = []
			const approving = (async () => {
				for (let i = 0; i < approvalsPerStep && i < waiting.length && stats.recording; i++) {
					const recipient = waiting[Math.floor((i + 0.5) * waiting.length / approvalsPerStep)]
					approved.push(recipient)
					try {
						await sharers[0].answerAndApprove(recipient)
					} catch (error) {
						stats.noteError('approval', /** @type {Error} */ (error))
					}
				}
			})()
			await sleep(Math.max(0, windowMs - (performance.now() - windowStart)))
			const elapsedSeconds = (performance.now() - windowStart) / 1000
			const cpuAfter = stackCpuSeconds(stack.pid, stack.runDir)
			stats.recording = false
			await approving
			if (arrivals.latencies.has('register')) {
				stats.latencies.set('register', arrivals.latencies.get('register'))
			}
			const step = describeStep(n, stats, cpuBefore, cpuAfter, elapsedSeconds, loadBefore, callbackWaiters.length)
			result.steps.push(step)
			printStep(name, step)
			// The approved recipients have their file; new ones take their places.
			for (const recipient of approved) {
				recipient.close()
			}
			waiting = waiting.filter((recipient) => !approved.includes(recipient))
			if ((step.latencies['status poll']?.p95 ?? 0) > thresholdMs) {
				result.thresholdN = n
				break
			}
		}
		clearTimeout(callbackTimer)
	} finally {
		for (const actor of [...waiting, ...callbackWaiters, ...sharers]) {
			actor.close()
		}
		await stack.stop()
	}
	return result
}

/**
 * More shares with verification on (the demo host's /demo/load-shares, 20 a call, two calls at
 * a time: each share's generated password is hashed with argon2id).
 *
 * @param {string} baseUrl
 * @param {number} count
 * @return {Promise<string[]>} their tokens
 */
async function makeShares(baseUrl, count) {
	const batches = []
	for (let left = count; left > 0; left -= 20) {
		batches.push(Math.min(20, left))
	}
	const tokens = []
	await Promise.all([0, 1].map(async () => {
		for (let batch = batches.shift(); batch !== undefined; batch = batches.shift()) {
			const response = await fetch(`${baseUrl}/demo/load-shares?count=${batch}`, { method: 'POST' })
			if (!response.ok) {
				throw new Error(`/demo/load-shares answered ${response.status}: ${await response.text()}`)
			}
			const { shares } = /** @type {{shares: {token: string}[]}} */ (await response.json())
			tokens.push(...shares.map((share) => share.token))
		}
	}))
	return tokens
}

/**
 * Bring the waiting recipients up to one per slot: new recipients register (eight at a time,
 * as the pages of people arriving would) and start polling.
 *
 * @param {Recipient[]} waiting
 * @param {string[]} slots the share token of each place
 * @param {string} baseUrl
 * @param {Stats} stats
 */
async function fill(waiting, slots, baseUrl, stats) {
	const perShare = new Map()
	for (const recipient of waiting) {
		perShare.set(recipient.shareToken, (perShare.get(recipient.shareToken) ?? 0) + 1)
	}
	const newcomers = []
	const needed = new Map()
	for (const token of slots) {
		needed.set(token, (needed.get(token) ?? 0) + 1)
	}
	for (const [token, count] of needed) {
		for (let i = perShare.get(token) ?? 0; i < count; i++) {
			newcomers.push(new Recipient(baseUrl, token, stats))
		}
	}
	const queue = [...newcomers]
	await Promise.all(Array.from({ length: 8 }, async () => {
		for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
			await next.register()
		}
	}))
	return [...waiting, ...newcomers]
}

/**
 * @param {number} n
 * @param {Stats} stats
 * @param {Record<string, number>} cpuBefore
 * @param {Record<string, number>} cpuAfter
 * @param {number} seconds
 * @param {number[]} loadBefore
 * @param {number} callbackCohortSize recipients waiting besides the N (their status poll, after a minute their callback poll)
 */
function describeStep(n, stats, cpuBefore, cpuAfter, seconds, loadBefore, callbackCohortSize) {
	/** @type {Record<string, {count: number, p50: number, p95: number, max: number}>} */
	const latencies = {}
	for (const [what, values] of stats.latencies) {
		const sorted = [...values].sort((a, b) => a - b)
		latencies[what] = { count: sorted.length, p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), max: round(sorted.at(-1) ?? 0) }
	}
	/** @type {Record<string, number>} */
	const cores = {}
	let total = 0
	for (const service of new Set([...Object.keys(cpuBefore), ...Object.keys(cpuAfter)])) {
		const used = Math.max(0, (cpuAfter[service] ?? 0) - (cpuBefore[service] ?? 0)) / seconds
		cores[service] = round(used, 3)
		total += used
	}
	return {
		n,
		callbackCohort: callbackCohortSize,
		seconds: round(seconds, 1),
		loadAverage: loadBefore.map((value) => round(value, 2)),
		latencies,
		cpuCores: cores,
		cpuCoresTotal: round(total, 3),
		cpuCoresPer100Waiting: round(total / ((n + callbackCohortSize) / 100), 3),
		failures: Object.fromEntries(stats.failures),
	}
}

/**
 * @param {string} name
 * @param {ReturnType<typeof describeStep>} step
 */
function printStep(name, step) {
	const line = (what) => {
		const figure = step.latencies[what]
		return figure === undefined ? `${what} –` : `${what} p50 ${figure.p50} / p95 ${figure.p95} ms (${figure.count})`
	}
	console.info(`-- ${name} N = ${step.n} (+${step.callbackCohort} asking for a callback after a minute, 2 sharers), ${step.seconds} s, load average ${step.loadAverage.join(' ')}`)
	console.info(`   ${line('status poll')}; ${line('approve')}; ${line('unlocking poll')}`)
	console.info(`   ${line('register')} (before the window); ${line('sharing tab records')}; ${line('callback poll')}`)
	console.info(`   CPU ${step.cpuCoresTotal} cores (${Object.entries(step.cpuCores).map(([service, value]) => `${service} ${value}`).join(', ')}) = ${step.cpuCoresPer100Waiting} cores per 100 waiting`)
	if (Object.keys(step.failures).length > 0) {
		console.info(`   failures: ${JSON.stringify(step.failures)}`)
	}
}

/**
 * Nearest rank
 *
 * @param {number[]} sorted ascending
 * @param {number} p 0–100
 */
function percentile(sorted, p) {
	if (sorted.length === 0) {
		return 0
	}
	return sorted[Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)]
}

/**
 * @param {number} value
 * @param {number} [digits]
 */
function round(value, digits = 0) {
	const factor = 10 ** digits
	return Math.round(value * factor) / factor
}

/** @param {string} text */
function listOf(text) {
	return text.split(',').map((item) => item.trim()).filter((item) => item !== '')
}

function loadText() {
	return loadavg().map((value) => value.toFixed(2)).join(' ')
}

/** @param {number} ms */
function sleep(ms) {
	return new Promise((wake) => setTimeout(wake, ms))
}

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { isIPv4 } from 'node:net'

/*
 * The signaling server's brute-force throttle (nextcloud-spreed-signaling 6046e47:
 * async/throttle.go memoryThrottler), which server/hub.go processHello applies to resumes
 * (action "HelloResume") and server/backend_server.go roomHandler to Talk's room requests
 * ("BackendRoomAuth").
 */

/** More than this many failures … */
const MAX_ATTEMPTS = 10
/** … within this time block the address (maxBruteforceDurationThreshold). */
const BLOCK_WINDOW_MS = 30 * 60_000
/** How long a failure is remembered (maxBruteforceAge). */
const MAX_AGE_MS = 12 * 60 * 60_000
/** The longest a failed request is held back (maxThrottleDelay). */
const MAX_DELAY_MS = 25_000

/**
 * @typedef {object} Check
 * @property {boolean} blocked the address made too many failed attempts: answer too_many_requests
 * @property {() => Promise<void>} throttle record a failed attempt and wait as long as it says
 */

export class BruteforceThrottler {
	/** @type {Map<string, number[]>} failure times by `<address>\n<action>` */
	#failures = new Map()
	#now
	#sleep

	/**
	 * @param {{ now?: () => number, sleep?: (ms: number) => Promise<void> }} [options] clock and delay (tests)
	 */
	constructor({ now = Date.now, sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)) } = {}) {
		this.#now = now
		this.#sleep = sleep
	}

	/**
	 * throttle.go CheckBruteforce: blocked when the 10th-last failure is at most 30 minutes old;
	 * failures older than 12 hours are forgotten.
	 *
	 * @param {string} client the client's address
	 * @param {string} action what was tried
	 * @return {Check}
	 */
	check(client, action) {
		const now = this.#now()
		const key = `${throttleAddress(client)}\n${action}`
		const throttle = async () => {
			const failures = this.#failures.get(key) ?? []
			failures.push(now)
			this.#failures.set(key, failures)
			await this.#sleep(delayAfter(failures.length - 1))
		}
		const failures = this.#failures.get(key) ?? []
		if (failures.length >= MAX_ATTEMPTS && now - failures[failures.length - MAX_ATTEMPTS] <= BLOCK_WINDOW_MS) {
			return { blocked: true, throttle }
		}
		const recent = failures.filter((at) => now - at <= MAX_AGE_MS)
		if (recent.length === 0) {
			this.#failures.delete(key)
		} else if (recent.length !== failures.length) {
			this.#failures.set(key, recent)
		}
		return { blocked: false, throttle }
	}
}

/**
 * throttle.go getDelay: 100 ms doubled for every earlier failure, at most 25 s.
 *
 * @param {number} earlier failures before this one
 */
function delayAfter(earlier) {
	return earlier > 16 ? MAX_DELAY_MS : Math.min(100 * 2 ** earlier, MAX_DELAY_MS)
}

/**
 * throttle.go getThrottleIp: an IPv4 address (also IPv4-mapped) whole, an IPv6 address by its /64.
 *
 * @param {string} address the client's address
 */
function throttleAddress(address) {
	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
	if (isIPv4(address) || mapped !== null || !address.includes(':')) {
		return address
	}
	const [head, tail = ''] = address.split('::')
	const left = head === '' ? [] : head.split(':')
	const right = tail === '' ? [] : tail.split(':')
	const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left
	return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '').toLowerCase()).join(':')}::`
}

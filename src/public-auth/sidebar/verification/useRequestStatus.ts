/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Ref } from 'vue'
import type { RequestHandle, VerificationRequestState } from '../../../api/requests.ts'

import { onBeforeUnmount, shallowRef, watch } from 'vue'
import { getRequest, isFinalStatus } from '../../../api/requests.ts'

export interface StatusPollingOptions {
	/** Between polls during the first minute */
	fastIntervalMs?: number
	/** Between polls after that */
	slowIntervalMs?: number
	/** When to slow down, counted from the first poll's start */
	slowAfterMs?: number
}

/**
 * Follow a request's status while the call runs: poll it every 2 s, every 10 s after a minute,
 * until it reaches a final state, the request goes away or the component unmounts. The poll
 * that finds the request approved is the one that unlocks this browser session.
 *
 * @param request - the registered request (null: none, nothing is polled)
 * @param options - intervals (tests shorten them)
 */
export function useRequestStatus(request: Readonly<Ref<RequestHandle | null>>, options: StatusPollingOptions = {}) {
	const fastIntervalMs = options.fastIntervalMs ?? 2_000
	const slowIntervalMs = options.slowIntervalMs ?? 10_000
	const slowAfterMs = options.slowAfterMs ?? 60_000

	const state = shallowRef<VerificationRequestState | null>(null)

	let polled: RequestHandle | null = null
	let startedAt = 0
	let timer: ReturnType<typeof setTimeout> | undefined
	let paused = false

	/** Wait for the next poll */
	function schedule(): void {
		// While the sharer steps through the ID checks, each one shows within the fast interval
		const fast = Date.now() - startedAt < slowAfterMs || (state.value?.idCheck ?? null) !== null
		const delay = fast ? fastIntervalMs : slowIntervalMs
		timer = setTimeout(() => void poll(), delay)
	}

	/**
	 * Take a state in: it is the request's latest, and a final one ends the polling
	 *
	 * @param next - what the server answered
	 */
	function accept(next: VerificationRequestState): void {
		state.value = next
		if (isFinalStatus(next.status)) {
			stop()
		}
	}

	/** One poll, then the next is scheduled (unless it stopped meanwhile) */
	async function poll(): Promise<void> {
		const current = polled
		if (current === null) {
			return
		}
		try {
			const next = await getRequest(current)
			if (polled !== current) {
				return
			}
			accept(next)
		} catch {
			// A failed poll (network, throttling) is tried again at the next interval
		}
		if (polled === current && !paused) {
			schedule()
		}
	}

	/**
	 * Start polling a request
	 *
	 * @param handle - the request
	 */
	function start(handle: RequestHandle): void {
		stop()
		polled = handle
		state.value = null
		startedAt = Date.now()
		schedule()
	}

	/** Stop polling (the state stays as last read) */
	function stop(): void {
		clearTimeout(timer)
		timer = undefined
		polled = null
		paused = false
	}

	/**
	 * Hold the polling while another request of this browser session may unlock it (the
	 * password): a poll that reaches the server just after the session id changed would still
	 * carry the old one
	 */
	function pause(): void {
		clearTimeout(timer)
		timer = undefined
		paused = true
	}

	/** Go on after `pause()`, at the pace the polling had reached */
	function resume(): void {
		if (paused && polled !== null) {
			paused = false
			schedule()
		}
	}

	/**
	 * Read the request once more, outside the schedule (after the call ended: an approval that
	 * came just before the sharer hung up must still unlock). Resolves with what it read.
	 *
	 * @param handle - the request
	 */
	async function pollOnce(handle: RequestHandle): Promise<VerificationRequestState | null> {
		try {
			const next = await getRequest(handle)
			state.value = next
			return next
		} catch {
			return null
		}
	}

	watch(request, (handle) => {
		if (handle === null) {
			stop()
		} else {
			start(handle)
		}
	}, { immediate: true })

	onBeforeUnmount(stop)

	return { state, accept, stop, pause, resume, pollOnce, isPolling: () => polled !== null }
}

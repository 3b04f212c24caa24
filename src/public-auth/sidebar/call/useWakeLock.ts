/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Ref } from 'vue'

import { onBeforeUnmount, watch } from 'vue'

/**
 * Keeps the screen on while `active` (a phone must not dim and lock during the call), with
 * the Screen Wake Lock API where the browser has it. The browser drops the lock whenever the
 * page is hidden; it is taken again when the page is visible again.
 *
 * @param active - whether the screen should stay on
 */
export function useWakeLock(active: Ref<boolean>) {
	let sentinel: WakeLockSentinel | null = null
	let requesting = false

	/**
	 *
	 */
	/** Take the lock (once; only for a visible page) */
	async function acquire(): Promise<void> {
		const wakeLock = globalThis.navigator?.wakeLock
		if (wakeLock === undefined || requesting || (sentinel !== null && !sentinel.released) || document.visibilityState !== 'visible') {
			return
		}
		requesting = true
		try {
			sentinel = await wakeLock.request('screen')
			if (!active.value) {
				await release()
			}
		} catch {
			// Refused (battery saver, policy): the call works, the screen may dim
		} finally {
			requesting = false
		}
	}

	/**
	 *
	 */
	/** Let the screen dim again */
	async function release(): Promise<void> {
		const held = sentinel
		sentinel = null
		await held?.release().catch(() => {})
	}

	/**
	 *
	 */
	/** The browser dropped the lock while the page was hidden: take it again */
	function onVisibilityChange(): void {
		if (active.value && document.visibilityState === 'visible') {
			void acquire()
		}
	}

	watch(active, (on) => {
		void (on ? acquire() : release())
	}, { immediate: true })
	document.addEventListener('visibilitychange', onVisibilityChange)
	onBeforeUnmount(() => {
		document.removeEventListener('visibilitychange', onVisibilityChange)
		void release()
	})

	return { isHeld: (): boolean => sentinel !== null && !sentinel.released }
}

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { CallbackState } from '../../../api/callback.ts'
import type { RequestHandle } from '../../../api/requests.ts'

import { onBeforeUnmount, shallowRef } from 'vue'
import { readCallback } from '../../../api/callback.ts'

/** Often enough that a "Call back" rings within seconds; the server counts it as "page open" for 30 s */
export const CALLBACK_POLL_MS = 5000

/**
 * Poll a callback every 5 s from `start()` until the sharer calls back (then `onCallingBack`
 * runs once) or the component unmounts. A failed poll is tried again at the next tick.
 *
 * @param onCallingBack - the sharer pressed "Call back"
 */
export function useCallbackPoll(onCallingBack: () => void) {
	const state = shallowRef<CallbackState | null>(null)
	let timer: ReturnType<typeof setInterval> | undefined

	/** No more polls */
	function stop(): void {
		clearInterval(timer)
		timer = undefined
	}

	/**
	 * @param request - the request the callback was asked for
	 * @param asked - the answer to the ask
	 */
	function start(request: RequestHandle, asked: CallbackState): void {
		stop()
		state.value = asked
		timer = setInterval(async () => {
			try {
				const current = await readCallback(request)
				state.value = current
				if (current.state === 'callingBack' && timer !== undefined) {
					stop()
					onCallingBack()
				}
			} catch {
				// The next tick tries again
			}
		}, CALLBACK_POLL_MS)
	}

	onBeforeUnmount(stop)
	return { state, start, stop }
}

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Ref } from 'vue'

import { t } from '@nextcloud/l10n'
import { onBeforeUnmount, ref } from 'vue'

export interface PageReturnOptions {
	/** Whether a call is on */
	active: Ref<boolean>
	/** The local stream of the call */
	stream: () => MediaStream | null
	/** Open the camera again and put it into the call; false when that failed */
	restoreCamera: () => Promise<boolean>
}

/**
 * The recipient switched to another app (or locked the phone) and came back: the call goes
 * on over the same connection, but phone browsers stop the camera of a hidden page. On
 * return the camera is opened again and the recipient is told what happened.
 *
 * @param options - the call and how to bring the camera back
 */
export function usePageReturn(options: PageReturnOptions) {
	/** What the recipient should know after coming back; null when nothing */
	const message = ref<string | null>(null)
	let hiddenDuringCall = false

	/**
	 *
	 */
	/** Hidden: note whether a call was on; visible again: bring the camera back and say what happened */
	async function onVisibilityChange(): Promise<void> {
		if (document.visibilityState === 'hidden') {
			hiddenDuringCall = options.active.value
			return
		}
		if (!hiddenDuringCall || !options.active.value) {
			return
		}
		hiddenDuringCall = false
		const camera = options.stream()?.getVideoTracks()[0]
		if (camera === undefined || camera.readyState !== 'ended') {
			message.value = t('video_verification', 'Welcome back. The call went on while you were away.')
			return
		}
		message.value = await options.restoreCamera()
			? t('video_verification', 'Welcome back. Your camera stopped while you were away; it is on again.')
			: t('video_verification', 'Welcome back. Your camera stopped while you were away. Choose a camera to be seen again.')
	}

	const listener = (): void => {
		void onVisibilityChange()
	}
	document.addEventListener('visibilitychange', listener)
	onBeforeUnmount(() => document.removeEventListener('visibilitychange', listener))

	/** Forget the message */
	function dismiss(): void {
		message.value = null
	}

	return { message, dismiss }
}

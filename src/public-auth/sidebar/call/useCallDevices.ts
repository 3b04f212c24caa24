/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Ref } from 'vue'
import type { LocalMedia } from '../media/useLocalMedia.ts'

import { computed, ref, watch } from 'vue'
import { acquireTrack, LocalMediaError } from '../media/localMedia.ts'
import { mediaProblemText } from '../media/mediaProblemText.ts'
import { useCameraSwitch } from './useCameraSwitch.ts'
import { usePageReturn } from './usePageReturn.ts'
import { useWakeLock } from './useWakeLock.ts'

export interface CallDevicesOptions {
	/** Whether the call step is shown */
	inCall: Ref<boolean>
	/** The caller's camera and microphone */
	media: LocalMedia
	/** Put a new device's track into the call */
	switchDevice: (track: MediaStreamTrack) => Promise<void>
}

/**
 * The caller's devices during the call, a phone's above all: the screen stays on, the camera
 * turns (and comes back after the recipient was in another app), and a device that stopped
 * is replaced by the one the caller picks.
 *
 * @param options - the call step, the devices and how a track gets into the call
 */
export function useCallDevices(options: CallDevicesOptions) {
	const { inCall, media, switchDevice } = options
	/** Why the picked replacement device could not be opened; null when it could */
	const replaceProblem = ref<string | null>(null)

	useWakeLock(inCall)
	const camera = useCameraSwitch({
		stream: () => media.stream.value,
		replace: switchDevice,
		remember: (deviceId) => media.remember('video', deviceId),
	})
	const canSwitchCamera = computed(() => !media.audioOnly.value && media.cameras.value.length !== 1)
	const pageReturn = usePageReturn({
		active: inCall,
		stream: () => media.stream.value,
		restoreCamera: async () => {
			try {
				await switchDevice(await acquireTrack('video', media.choice.value.cameraId))
				camera.sync(true)
				return true
			} catch {
				return false
			}
		},
	})
	watch(inCall, (on) => on && camera.sync())

	/**
	 * A device stopped during the call: open the one the caller picked and put it into the call
	 *
	 * @param kind - camera or microphone
	 * @param deviceId - the picked device
	 */
	async function replaceDevice(kind: 'audio' | 'video', deviceId: string): Promise<void> {
		replaceProblem.value = null
		try {
			const track = await acquireTrack(kind, deviceId)
			await switchDevice(track)
			media.remember(kind, deviceId)
		} catch (error) {
			const problem = error instanceof LocalMediaError ? error.problem : 'failed'
			const text = mediaProblemText(problem)
			replaceProblem.value = `${text.title}. ${text.detail}`
		}
	}

	/** A new call starts without the last call's device problem */
	function callStarting(): void {
		replaceProblem.value = null
	}

	return { camera, canSwitchCamera, pageReturn, replaceProblem, replaceDevice, callStarting }
}

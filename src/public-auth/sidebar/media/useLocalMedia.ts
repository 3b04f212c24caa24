/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { DeviceChoice, DeviceOption, MediaProblem } from './localMedia.ts'

import { t } from '@nextcloud/l10n'
import { onBeforeUnmount, ref, shallowRef } from 'vue'
import { acquireLocalMedia, acquireTrack, deviceIdOf, listDevices, LocalMediaError } from './localMedia.ts'

export type LocalMediaStatus = 'off' | 'starting' | 'ready' | 'failed'

/**
 * The caller's camera and microphone for the preview and the call: one stream, the chosen
 * devices, the device lists, and what went wrong.
 *
 * @param options - policy
 * @param options.cameraRequired - refuse to go on without a camera
 */
export function useLocalMedia({ cameraRequired }: { cameraRequired: boolean }) {
	const stream = shallowRef<MediaStream | null>(null)
	const status = ref<LocalMediaStatus>('off')
	const problem = ref<MediaProblem | null>(null)
	const hasMicrophone = ref(true)
	const cameras = ref<DeviceOption[]>([])
	const microphones = ref<DeviceOption[]>([])
	const choice = ref<DeviceChoice>({ cameraId: null, microphoneId: null })
	/** The stream has no camera on purpose: a call without video, which the administrator allows */
	const audioOnly = ref(false)
	// A newer open() makes the result of an older one obsolete
	let generation = 0

	const numbered = (kind: 'audio' | 'video', index: number): string => kind === 'video'
		? t('video_verification', 'Camera {number}', { number: index })
		: t('video_verification', 'Microphone {number}', { number: index })

	/** Read the device lists again (after permission, or when a device comes or goes) */
	async function refreshDevices(): Promise<void> {
		try {
			const lists = await listDevices(numbered)
			cameras.value = lists.cameras
			microphones.value = lists.microphones
		} catch {
			// Without a list the caller keeps the default devices
		}
	}

	/** Switch the camera and microphone off */
	function stop(): void {
		generation++
		for (const track of stream.value?.getTracks() ?? []) {
			track.stop()
		}
		stream.value = null
		status.value = 'off'
		audioOnly.value = false
	}

	/**
	 * Open the chosen devices (again); the old stream is stopped first, as some browsers
	 * cannot open one camera twice.
	 */
	async function open(): Promise<boolean> {
		stop()
		const current = generation
		status.value = 'starting'
		problem.value = null
		try {
			const acquired = await acquireLocalMedia(choice.value, { cameraRequired })
			if (current !== generation) {
				acquired.stream.getTracks().forEach((track) => track.stop())
				return false
			}
			stream.value = acquired.stream
			hasMicrophone.value = acquired.hasMicrophone
			choice.value = {
				cameraId: deviceIdOf(acquired.stream, 'video'),
				microphoneId: deviceIdOf(acquired.stream, 'audio'),
			}
			status.value = 'ready'
			await refreshDevices()
			return true
		} catch (error) {
			if (current !== generation) {
				return false
			}
			problem.value = error instanceof LocalMediaError ? error.problem : 'failed'
			status.value = 'failed'
			return false
		}
	}

	/**
	 * The microphone alone, for a call without video (no camera, or the caller refuses it)
	 */
	async function openAudioOnly(): Promise<boolean> {
		stop()
		const current = generation
		status.value = 'starting'
		problem.value = null
		try {
			const track = await acquireTrack('audio', choice.value.microphoneId)
			if (current !== generation) {
				track.stop()
				return false
			}
			stream.value = new MediaStream([track])
			hasMicrophone.value = true
			audioOnly.value = true
			status.value = 'ready'
			return true
		} catch (error) {
			if (current !== generation) {
				return false
			}
			problem.value = error instanceof LocalMediaError ? error.problem : 'failed'
			status.value = 'failed'
			return false
		}
	}

	/**
	 * Use another device in the preview
	 *
	 * @param kind - camera or microphone
	 * @param deviceId - the device
	 */
	async function choose(kind: 'audio' | 'video', deviceId: string): Promise<boolean> {
		choice.value = kind === 'video'
			? { ...choice.value, cameraId: deviceId }
			: { ...choice.value, microphoneId: deviceId }
		return open()
	}

	/**
	 * Remember a device the call switched to, so a later call uses it too
	 *
	 * @param kind - camera or microphone
	 * @param deviceId - the device
	 */
	function remember(kind: 'audio' | 'video', deviceId: string | null): void {
		choice.value = kind === 'video'
			? { ...choice.value, cameraId: deviceId }
			: { ...choice.value, microphoneId: deviceId }
	}

	const onDeviceChange = (): void => {
		void refreshDevices()
	}
	globalThis.navigator?.mediaDevices?.addEventListener?.('devicechange', onDeviceChange)
	onBeforeUnmount(() => {
		globalThis.navigator?.mediaDevices?.removeEventListener?.('devicechange', onDeviceChange)
		stop()
	})

	return { stream, status, problem, hasMicrophone, cameras, microphones, choice, audioOnly, open, openAudioOnly, choose, remember, stop }
}

export type LocalMedia = ReturnType<typeof useLocalMedia>

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Facing } from '../media/cameraFacing.ts'

import { t } from '@nextcloud/l10n'
import { ref } from 'vue'
import { facingOf, opposite, otherCameraConstraint } from '../media/cameraFacing.ts'
import { classifyMediaError } from '../media/localMedia.ts'

export interface CameraSwitchOptions {
	/** The local stream of the call */
	stream: () => MediaStream | null
	/** Put the new camera track into the call (replaces the sender's track, stops the old one) */
	replace: (track: MediaStreamTrack) => Promise<void>
	/** Remember the camera for a later call */
	remember: (deviceId: string | null) => void
}

/**
 * "Switch camera" during the call: front ↔ back. The new camera's track replaces the old one
 * on the connection (no renegotiation, the call goes on), as Talk's clients do.
 *
 * @param options - where the stream is and how a track gets into the call
 */
export function useCameraSwitch(options: CameraSwitchOptions) {
	const facing = ref<Facing>('user')
	/** The id of the camera track in use: changes with every switch */
	const trackId = ref<string | null>(null)
	const switching = ref(false)
	const problem = ref<string | null>(null)

	const currentTrack = (): MediaStreamTrack | undefined => options.stream()?.getVideoTracks()[0]

	/**
	 * Read which camera the stream has now (at the start of the call)
	 *
	 * @param keepFacing - the same camera was opened again (after the page was hidden): a
	 *        desktop camera does not say where it looks, so keep what is known
	 */
	function sync(keepFacing = false): void {
		const track = currentTrack()
		const reported = track?.getSettings?.().facingMode
		if (!keepFacing || reported === 'user' || reported === 'environment') {
			facing.value = facingOf(track)
		}
		trackId.value = track?.id ?? null
	}

	/**
	 * Open a camera by constraint; a phone that cannot open two cameras at once gets its
	 * current one stopped first (the call sends no picture for that moment, but goes on).
	 *
	 * @param constraint - which camera
	 */
	async function open(constraint: MediaTrackConstraints): Promise<MediaStreamTrack> {
		const devices = globalThis.navigator.mediaDevices
		try {
			return (await devices.getUserMedia({ video: constraint })).getVideoTracks()[0]!
		} catch (error) {
			if (classifyMediaError(error) !== 'device-in-use') {
				throw error
			}
			currentTrack()?.stop()
			return (await devices.getUserMedia({ video: constraint })).getVideoTracks()[0]!
		}
	}

	/**
	 * Switch to the camera looking the other way (or the given way)
	 *
	 * @param wanted - the way the camera should look; default: the other way
	 * @return whether the camera changed
	 */
	async function switchCamera(wanted: Facing = opposite(facing.value)): Promise<boolean> {
		if (switching.value) {
			return false
		}
		switching.value = true
		problem.value = null
		try {
			const current = currentTrack()
			const devices = await globalThis.navigator.mediaDevices.enumerateDevices()
			const constraint = otherCameraConstraint(current, devices, wanted)
			if (constraint === null) {
				problem.value = t('video_verification', 'This device has no other camera.')
				return false
			}
			const track = await open(constraint)
			await options.replace(track)
			// Desktop cameras do not say where they look: trust what was asked for
			const reported = track.getSettings?.().facingMode
			facing.value = reported === 'user' || reported === 'environment' ? reported : wanted
			trackId.value = track.id
			options.remember(track.getSettings?.().deviceId ?? null)
			return true
		} catch (error) {
			const kind = classifyMediaError(error)
			problem.value = kind === 'not-found'
				? t('video_verification', 'This device has no other camera.')
				: kind === 'permission-denied'
					? t('video_verification', 'The browser did not allow the other camera.')
					: t('video_verification', 'The other camera could not be started. Your current camera stays on.')
			return false
		} finally {
			switching.value = false
		}
	}

	return { facing, trackId, switching, problem, sync, switchCamera }
}

export type CameraSwitch = ReturnType<typeof useCameraSwitch>

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/** Which way a camera looks: 'user' (front, selfie) or 'environment' (back). */
export type Facing = 'user' | 'environment'

const BACK_LABEL = /\b(back|rear|environment|world)\b|rück|arrière|trasera|posteriore/i
const FRONT_LABEL = /\b(front|user|face(time)?)\b|vorder|avant|frontal/i

/**
 * The way a live camera track looks: what the browser says (phones), else what its label
 * hints, else front (a laptop's only camera faces its user).
 *
 * @param track - the camera track
 */
export function facingOf(track: MediaStreamTrack | undefined): Facing {
	const mode = track?.getSettings?.().facingMode
	if (mode === 'user' || mode === 'environment') {
		return mode
	}
	return BACK_LABEL.test(track?.label ?? '') ? 'environment' : 'user'
}

/**
 * @param facing - one way
 */
export function opposite(facing: Facing): Facing {
	return facing === 'user' ? 'environment' : 'user'
}

/**
 * How to open the camera that looks the other way (as Talk's clients pick a device from
 * the device list once the page may read the devices' names).
 * - Without device names (before the permission, or a browser that hides them) only the
 *   browser knows which camera faces where: ask it by `facingMode`.
 * - With names: the other camera of the list, preferring one whose name says it faces the
 *   wanted way, else the next one after the current camera.
 * Null when there is no other camera to switch to.
 *
 * @param current - the camera track in use
 * @param devices - what enumerateDevices() answered
 * @param wanted - the way the new camera should look
 */
export function otherCameraConstraint(current: MediaStreamTrack | undefined, devices: MediaDeviceInfo[], wanted: Facing): MediaTrackConstraints | null {
	const cameras = devices.filter((device) => device.kind === 'videoinput' && device.deviceId !== '')
	const named = cameras.length > 0 && cameras.every((camera) => camera.label !== '')
	if (!named) {
		return { facingMode: { exact: wanted } }
	}
	const currentId = current?.getSettings?.().deviceId
	const others = cameras.filter((camera) => camera.deviceId !== currentId)
	if (others.length === 0) {
		return null
	}
	const hint = wanted === 'environment' ? BACK_LABEL : FRONT_LABEL
	const byName = others.find((camera) => hint.test(camera.label))
	if (byName !== undefined) {
		return { deviceId: { exact: byName.deviceId } }
	}
	const index = cameras.findIndex((camera) => camera.deviceId === currentId)
	const next = cameras[(index + 1) % cameras.length]!
	return { deviceId: { exact: next.deviceId === currentId ? others[0]!.deviceId : next.deviceId } }
}

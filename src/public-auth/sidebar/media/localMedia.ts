/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/** Why the camera or microphone could not be used, in the words the sidebar explains. */
export type MediaProblem = 'permission-denied' | 'no-camera' | 'device-in-use' | 'unsupported' | 'failed'

export class LocalMediaError extends Error {
	constructor(readonly problem: MediaProblem, options?: { cause?: unknown }) {
		super(`Local media failed: ${problem}`, options)
		this.name = 'LocalMediaError'
	}
}

/** The devices the caller picked; null for the browser's default. */
export interface DeviceChoice {
	cameraId: string | null
	microphoneId: string | null
}

export interface AcquiredMedia {
	stream: MediaStream
	hasCamera: boolean
	hasMicrophone: boolean
}

export interface DeviceOption {
	deviceId: string
	label: string
}

type Kind = 'audio' | 'video'

/**
 * Sort a getUserMedia failure into what the caller can do about it
 *
 * @param error - what getUserMedia threw
 */
export function classifyMediaError(error: unknown): MediaProblem | 'not-found' {
	const name = error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error)
		? String((error as { name: unknown }).name)
		: ''
	switch (name) {
		case 'NotAllowedError':
		case 'PermissionDeniedError':
		case 'SecurityError':
			return 'permission-denied'
		case 'NotFoundError':
		case 'DevicesNotFoundError':
		case 'OverconstrainedError':
			return 'not-found'
		case 'NotReadableError':
		case 'TrackStartError':
		case 'AbortError':
			return 'device-in-use'
		default:
			return 'failed'
	}
}

/** The browser's media devices, or why there are none */
function mediaDevices(): MediaDevices {
	const devices = globalThis.navigator?.mediaDevices
	if (devices === undefined || typeof devices.getUserMedia !== 'function') {
		// Browsers hide mediaDevices on pages not served over HTTPS
		throw new LocalMediaError('unsupported')
	}
	return devices
}

/**
 * A track constraint for one device
 *
 * @param deviceId - the device; null for the default
 */
function constraint(deviceId: string | null): MediaTrackConstraints | true {
	return deviceId === null ? true : { deviceId: { exact: deviceId } }
}

/**
 * Ask the browser for some kinds of tracks
 *
 * @param kinds - which kinds
 * @param choice - which devices
 */
async function request(kinds: Kind[], choice: DeviceChoice): Promise<MediaStream> {
	return mediaDevices().getUserMedia({
		audio: kinds.includes('audio') ? constraint(choice.microphoneId) : false,
		video: kinds.includes('video') ? constraint(choice.cameraId) : false,
	})
}

/**
 * Open the camera and the microphone in one stream (Talk's clients expect one). A missing
 * microphone is tolerated; a missing camera only when it is not required.
 *
 * @param choice - the devices to use
 * @param options - whether the call may go without a camera
 * @param options.cameraRequired - the sharer must see the caller
 */
export async function acquireLocalMedia(choice: DeviceChoice, { cameraRequired }: { cameraRequired: boolean }): Promise<AcquiredMedia> {
	try {
		const stream = await request(['audio', 'video'], choice)
		return { stream, hasCamera: stream.getVideoTracks().length > 0, hasMicrophone: stream.getAudioTracks().length > 0 }
	} catch (error) {
		if (error instanceof LocalMediaError) {
			throw error
		}
		const problem = classifyMediaError(error)
		if (problem !== 'not-found') {
			throw new LocalMediaError(problem, { cause: error })
		}
		if (choice.cameraId !== null || choice.microphoneId !== null) {
			// A chosen device was unplugged: fall back to the defaults
			return acquireLocalMedia({ cameraId: null, microphoneId: null }, { cameraRequired })
		}
	}
	// One of the two kinds is missing: find out which
	try {
		const stream = await request(['video'], choice)
		return { stream, hasCamera: true, hasMicrophone: false }
	} catch (error) {
		const problem = classifyMediaError(error)
		if (problem !== 'not-found') {
			throw new LocalMediaError(problem, { cause: error })
		}
		if (cameraRequired) {
			throw new LocalMediaError('no-camera', { cause: error })
		}
	}
	try {
		const stream = await request(['audio'], choice)
		return { stream, hasCamera: false, hasMicrophone: true }
	} catch (error) {
		const problem = classifyMediaError(error)
		throw new LocalMediaError(problem === 'not-found' ? 'no-camera' : problem, { cause: error })
	}
}

/**
 * Open one device, e.g. to replace a track during the call
 *
 * @param kind - camera ('video') or microphone ('audio')
 * @param deviceId - the device; null for the default
 */
export async function acquireTrack(kind: Kind, deviceId: string | null): Promise<MediaStreamTrack> {
	try {
		const stream = await request([kind], kind === 'audio'
			? { cameraId: null, microphoneId: deviceId }
			: { cameraId: deviceId, microphoneId: null })
		const [track] = kind === 'audio' ? stream.getAudioTracks() : stream.getVideoTracks()
		if (track === undefined) {
			throw new LocalMediaError('failed')
		}
		return track
	} catch (error) {
		if (error instanceof LocalMediaError) {
			throw error
		}
		const problem = classifyMediaError(error)
		throw new LocalMediaError(problem === 'not-found' ? (kind === 'video' ? 'no-camera' : 'failed') : problem, { cause: error })
	}
}

/**
 * The cameras and microphones; their names only show once the page may use them
 *
 * @param numbered - the name of an unnamed device, from its number
 */
export async function listDevices(numbered: (kind: Kind, index: number) => string): Promise<{ cameras: DeviceOption[], microphones: DeviceOption[] }> {
	const devices = await mediaDevices().enumerateDevices()
	const options = (kind: MediaDeviceKind, short: Kind): DeviceOption[] => devices
		.filter((device) => device.kind === kind && device.deviceId !== '')
		.map((device, index) => ({ deviceId: device.deviceId, label: device.label || numbered(short, index + 1) }))
	return { cameras: options('videoinput', 'video'), microphones: options('audioinput', 'audio') }
}

/**
 * The device a live track comes from
 *
 * @param stream - the local stream
 * @param kind - camera or microphone
 */
export function deviceIdOf(stream: MediaStream | null, kind: Kind): string | null {
	const track = stream === null ? undefined : (kind === 'audio' ? stream.getAudioTracks() : stream.getVideoTracks())[0]
	return track?.getSettings().deviceId ?? null
}

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { onTestFinished, vi } from 'vitest'

/** A MediaStreamTrack as far as our UI uses it (happy-dom has none). */
export class FakeTrack extends EventTarget {
	enabled = true
	readyState: 'live' | 'ended' = 'live'
	readonly stop = vi.fn(() => {
		this.readyState = 'ended'
	})

	constructor(readonly kind: 'audio' | 'video', readonly deviceId = `${kind}-default`) {
		super()
	}

	getSettings(): MediaTrackSettings {
		return { deviceId: this.deviceId }
	}

	/** The device was unplugged */
	end(): void {
		this.readyState = 'ended'
		this.dispatchEvent(new Event('ended'))
	}
}

/** A MediaStream of fake tracks (a real one to happy-dom, so video elements take it). */
export class FakeStream extends MediaStream {
	readonly #tracks: FakeTrack[]

	constructor(tracks: FakeTrack[]) {
		super()
		this.#tracks = [...tracks]
	}

	// @ts-expect-error fake tracks stand in for real ones
	getTracks(): FakeTrack[] {
		return [...this.#tracks]
	}

	// @ts-expect-error fake tracks stand in for real ones
	getAudioTracks(): FakeTrack[] {
		return this.#tracks.filter((track) => track.kind === 'audio')
	}

	// @ts-expect-error fake tracks stand in for real ones
	getVideoTracks(): FakeTrack[] {
		return this.#tracks.filter((track) => track.kind === 'video')
	}

	// @ts-expect-error fake tracks stand in for real ones
	addTrack(track: FakeTrack): void {
		this.#tracks.push(track)
	}

	// @ts-expect-error fake tracks stand in for real ones
	removeTrack(track: FakeTrack): void {
		this.#tracks.splice(this.#tracks.indexOf(track), 1)
	}
}

/**
 * A stream with a camera and a microphone
 *
 * @param cameraId - the camera's device id
 * @param microphoneId - the microphone's device id
 */
export function cameraAndMicrophone(cameraId = 'camera-1', microphoneId = 'microphone-1'): MediaStream {
	return new FakeStream([new FakeTrack('audio', microphoneId), new FakeTrack('video', cameraId)]) as unknown as MediaStream
}

/**
 * An error as getUserMedia throws it
 *
 * @param name - the DOMException name
 */
export function mediaError(name: string): Error {
	const error = new Error(`${name} (fake)`)
	error.name = name
	return error
}

export interface FakeMediaDevices {
	getUserMedia: ReturnType<typeof vi.fn<(constraints: MediaStreamConstraints) => Promise<MediaStream>>>
	enumerateDevices: ReturnType<typeof vi.fn<() => Promise<MediaDeviceInfo[]>>>
	addEventListener: ReturnType<typeof vi.fn>
	removeEventListener: ReturnType<typeof vi.fn>
}

/**
 * Put fake media devices on navigator for one test
 *
 * @param devices - what enumerateDevices lists
 */
export function installMediaDevices(devices: Partial<MediaDeviceInfo>[] = [
	{ kind: 'videoinput', deviceId: 'camera-1', label: 'Built-in camera' },
	{ kind: 'videoinput', deviceId: 'camera-2', label: 'USB camera' },
	{ kind: 'audioinput', deviceId: 'microphone-1', label: 'Built-in microphone' },
]): FakeMediaDevices {
	const fake: FakeMediaDevices = {
		getUserMedia: vi.fn(async (constraints: MediaStreamConstraints) => {
			const pick = (constraint: boolean | MediaTrackConstraints | undefined, fallback: string): string => {
				const exact = typeof constraint === 'object' ? (constraint.deviceId as { exact?: string } | undefined)?.exact : undefined
				return exact ?? fallback
			}
			const tracks: FakeTrack[] = []
			if (constraints.audio) {
				tracks.push(new FakeTrack('audio', pick(constraints.audio, 'microphone-1')))
			}
			if (constraints.video) {
				tracks.push(new FakeTrack('video', pick(constraints.video, 'camera-1')))
			}
			return new FakeStream(tracks) as unknown as MediaStream
		}),
		enumerateDevices: vi.fn(async () => devices as MediaDeviceInfo[]),
		addEventListener: vi.fn(),
		removeEventListener: vi.fn(),
	}
	setMediaDevices(fake)
	return fake
}

/**
 * Replace navigator.mediaDevices until the test finishes
 *
 * @param devices - the fake, or undefined for a browser without (plain http)
 */
export function setMediaDevices(devices: FakeMediaDevices | undefined): void {
	Object.defineProperty(navigator, 'mediaDevices', { value: devices, configurable: true })
	onTestFinished(() => {
		delete (navigator as { mediaDevices?: unknown }).mediaDevices
	})
}

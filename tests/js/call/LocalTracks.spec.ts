/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { LocalTracksOptions } from '../../../src/call/LocalTracks.ts'

import { beforeEach, describe, expect, it, vi } from 'vitest'
import { IN_CALL, WITH_AUDIO, WITH_VIDEO } from '../../../src/call/callFlags.ts'
import { LocalTracks } from '../../../src/call/LocalTracks.ts'
import { FakeMediaStream, FakeMediaStreamTrack } from './fakes/webrtc.ts'

let changes: number
let ended: string[]

/**
 * @param stream the local stream
 * @param options overrides
 */
function makeTracks(stream: FakeMediaStream, options: Partial<LocalTracksOptions> = {}): LocalTracks {
	return new LocalTracks({
		stream: stream as unknown as MediaStream,
		createSpeakingDetector: null,
		onChange: () => changes++,
		onTrackEnded: (kind) => ended.push(kind),
		...options,
	})
}

/**
 * A detector factory a test drives: `speak(true)` reports speaking on the latest detector.
 */
function fakeDetector() {
	const detectors: { stream: MediaStream, stopped: boolean, onChange: (speaking: boolean) => void }[] = []
	return {
		detectors,
		factory: (stream: MediaStream, onChange: (speaking: boolean) => void) => {
			const detector = { stream, stopped: false, onChange }
			detectors.push(detector)
			return {
				stop: () => {
					detector.stopped = true
				},
			}
		},
		speak: (speaking: boolean) => detectors.at(-1)!.onChange(speaking),
	}
}

beforeEach(() => {
	changes = 0
	ended = []
})

describe('LocalTracks', () => {
	it('starts from the tracks\' own enabled state and tells the peers only what is on and still there', () => {
		const audio = new FakeMediaStreamTrack('audio')
		const video = new FakeMediaStreamTrack('video')
		video.enabled = false
		const tracks = makeTracks(new FakeMediaStream([audio, video]))
		expect(tracks.status).toEqual({ audioEnabled: true, videoEnabled: false, audioAvailable: true, videoAvailable: true, speaking: false })
		expect(tracks.peerMedia).toEqual({ audio: true, video: false, speaking: false })
		expect(tracks.flags).toBe(IN_CALL | WITH_AUDIO | WITH_VIDEO)

		audio.end()
		expect(tracks.status.audioAvailable).toBe(false)
		expect(tracks.peerMedia.audio).toBe(false)
		expect(tracks.flags).toBe(IN_CALL | WITH_VIDEO)
	})

	it('switches the microphone and camera tracks on and off; the microphone off is never speaking', () => {
		const detector = fakeDetector()
		const stream = new FakeMediaStream([new FakeMediaStreamTrack('audio'), new FakeMediaStreamTrack('video')])
		const tracks = makeTracks(stream, { createSpeakingDetector: detector.factory })
		tracks.startSpeakingDetector()
		detector.speak(true)
		expect(tracks.status.speaking).toBe(true)
		expect(changes).toBe(1)

		tracks.setMicrophoneEnabled(false)
		expect(stream.getAudioTracks()[0]!.enabled).toBe(false)
		expect(tracks.status).toMatchObject({ audioEnabled: false, speaking: false })
		tracks.setCameraEnabled(false)
		expect(stream.getVideoTracks()[0]!.enabled).toBe(false)
		expect(tracks.peerMedia).toEqual({ audio: false, video: false, speaking: false })
		expect(changes).toBe(3)
	})

	it('puts a new device in place of the old one, stopped and no longer watched, keeping it muted as it was', () => {
		const oldCamera = new FakeMediaStreamTrack('video')
		const stream = new FakeMediaStream([new FakeMediaStreamTrack('audio'), oldCamera])
		const tracks = makeTracks(stream)
		tracks.setCameraEnabled(false)
		const newCamera = new FakeMediaStreamTrack('video')

		expect(tracks.useDevice(newCamera as unknown as MediaStreamTrack)).toBe('video')
		expect(stream.getVideoTracks()).toEqual([newCamera])
		expect(oldCamera.stopped).toBe(true)
		expect(newCamera.enabled).toBe(false)

		oldCamera.end()
		expect(ended).toEqual([])
		newCamera.end()
		expect(ended).toEqual(['video'])
	})

	it('listens to the new microphone only if it was listening', () => {
		const detector = fakeDetector()
		const tracks = makeTracks(new FakeMediaStream([new FakeMediaStreamTrack('audio')]), { createSpeakingDetector: detector.factory })
		tracks.restartSpeakingDetector()
		expect(detector.detectors).toHaveLength(0)
		tracks.startSpeakingDetector()
		tracks.restartSpeakingDetector()
		expect(detector.detectors.map((entry) => entry.stopped)).toEqual([true, false])
	})

	it('once stopped: no more speaking detection and no report of a device that stops', () => {
		const detector = fakeDetector()
		const audio = new FakeMediaStreamTrack('audio')
		const tracks = makeTracks(new FakeMediaStream([audio]), { createSpeakingDetector: detector.factory })
		tracks.startSpeakingDetector()
		tracks.stop()
		expect(detector.detectors[0]!.stopped).toBe(true)
		tracks.restartSpeakingDetector()
		expect(detector.detectors).toHaveLength(1)
		audio.end()
		expect(ended).toEqual([])
	})

	it('never reports speaking without a detector', () => {
		const onChange = vi.fn()
		const tracks = makeTracks(new FakeMediaStream([new FakeMediaStreamTrack('audio')]), { onChange })
		tracks.startSpeakingDetector()
		expect(tracks.status.speaking).toBe(false)
		expect(onChange).not.toHaveBeenCalled()
	})
})

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { audioLevelSpeakingDetector } from '../../../src/call/media/SpeakingDetector.ts'
import { FakeMediaStream, FakeMediaStreamTrack } from './fakes/webrtc.ts'

/** The amplitude the fake analyser reports; 0.1 ≈ -20 dBFS, 0.001 = -60 dBFS. */
let amplitude: number
let closed: boolean

class FakeAudioContext {
	createMediaStreamSource() {
		return { connect: () => {}, disconnect: () => {} }
	}

	createAnalyser() {
		return {
			fftSize: 0,
			getFloatTimeDomainData: (samples: Float32Array) => samples.fill(amplitude),
		}
	}

	async close() {
		closed = true
	}
}

beforeEach(() => {
	vi.useFakeTimers()
	amplitude = 0.001
	closed = false
	vi.stubGlobal('AudioContext', FakeAudioContext)
})

afterEach(() => {
	vi.useRealTimers()
	vi.unstubAllGlobals()
})

describe('audioLevelSpeakingDetector', () => {
	it('reports speaking above the threshold and stopped speaking after the silence time', () => {
		const changes: boolean[] = []
		const detector = audioLevelSpeakingDetector({ thresholdDb: -50, sampleIntervalMs: 100, silenceMs: 1000 })(
			new FakeMediaStream([new FakeMediaStreamTrack('audio')]) as unknown as MediaStream,
			(speaking) => changes.push(speaking),
		)
		vi.advanceTimersByTime(500)
		expect(changes).toEqual([])
		amplitude = 0.1
		vi.advanceTimersByTime(100)
		expect(changes).toEqual([true])
		amplitude = 0.001
		vi.advanceTimersByTime(900)
		expect(changes).toEqual([true])
		vi.advanceTimersByTime(100)
		expect(changes).toEqual([true, false])
		detector.stop()
		expect(closed).toBe(true)
		amplitude = 0.1
		vi.advanceTimersByTime(1000)
		expect(changes).toEqual([true, false])
	})

	it('never reports speaking without an audio track or without Web Audio', () => {
		const onChange = vi.fn()
		amplitude = 0.1
		audioLevelSpeakingDetector()(new FakeMediaStream([new FakeMediaStreamTrack('video')]) as unknown as MediaStream, onChange)
		vi.stubGlobal('AudioContext', undefined)
		audioLevelSpeakingDetector()(new FakeMediaStream([new FakeMediaStreamTrack('audio')]) as unknown as MediaStream, onChange)
		vi.advanceTimersByTime(5000)
		expect(onChange).not.toHaveBeenCalled()
	})
})

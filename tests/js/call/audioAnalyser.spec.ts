/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Timers } from '../../../src/call/timers.ts'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { rmsDbfs, sampleMicrophone } from '../../../src/call/media/audioAnalyser.ts'
import { FakeMediaStream, FakeMediaStreamTrack } from './fakes/webrtc.ts'

let sample: number
let audio: { fftSize: number | null, connected: boolean, disconnected: boolean, closed: boolean }

class FakeAudioContext {
	createMediaStreamSource() {
		return {
			connect: () => {
				audio.connected = true
			},
			disconnect: () => {
				audio.disconnected = true
			},
		}
	}

	createAnalyser() {
		const analyser = {
			set fftSize(size: number) {
				audio.fftSize = size
			},
			get fftSize() {
				return audio.fftSize ?? 2048
			},
			getFloatTimeDomainData: (samples: Float32Array) => samples.fill(sample),
		}
		return analyser
	}

	async close() {
		audio.closed = true
	}
}

/**
 * @param kinds the stream's tracks
 */
function stream(...kinds: ('audio' | 'video')[]): MediaStream {
	return new FakeMediaStream(kinds.map((kind) => new FakeMediaStreamTrack(kind))) as unknown as MediaStream
}

beforeEach(() => {
	vi.useFakeTimers()
	sample = 0.5
	audio = { fftSize: null, connected: false, disconnected: false, closed: false }
	vi.stubGlobal('AudioContext', FakeAudioContext)
})

afterEach(() => {
	vi.useRealTimers()
	vi.unstubAllGlobals()
})

describe('sampleMicrophone', () => {
	it('reads fftSize samples of the microphone at the interval until stopped, then closes the audio context', () => {
		const reads: number[][] = []
		const stop = sampleMicrophone(stream('audio', 'video'), { fftSize: 512, intervalMs: 100 }, (samples) => reads.push([samples.length, samples[0]!]))
		expect(stop).not.toBeNull()
		expect(audio.fftSize).toBe(512)
		expect(audio.connected).toBe(true)

		vi.advanceTimersByTime(250)
		expect(reads).toEqual([[512, 0.5], [512, 0.5]])

		stop!()
		expect(audio.disconnected).toBe(true)
		expect(audio.closed).toBe(true)
		vi.advanceTimersByTime(1000)
		expect(reads).toHaveLength(2)
	})

	it('runs on the injected timers', () => {
		const callbacks: (() => void)[] = []
		const timers: Timers = {
			setTimeout: vi.fn(),
			clearTimeout: vi.fn(),
			setInterval: vi.fn((callback: () => void) => {
				callbacks.push(callback)
				return 7 as unknown as ReturnType<typeof setTimeout>
			}),
			clearInterval: vi.fn(),
			now: () => 0,
		}
		const onSamples = vi.fn()
		const stop = sampleMicrophone(stream('audio'), { fftSize: 256, intervalMs: 40, timers }, onSamples)
		expect(timers.setInterval).toHaveBeenCalledWith(expect.any(Function), 40)
		callbacks[0]!()
		expect(onSamples).toHaveBeenCalledTimes(1)
		stop!()
		expect(timers.clearInterval).toHaveBeenCalledWith(7)
	})

	it('gives null, and opens no audio context, without an audio track or without Web Audio', () => {
		const onSamples = vi.fn()
		expect(sampleMicrophone(stream('video'), { fftSize: 512, intervalMs: 100 }, onSamples)).toBeNull()
		expect(audio.fftSize).toBeNull()
		vi.stubGlobal('AudioContext', undefined)
		expect(sampleMicrophone(stream('audio'), { fftSize: 512, intervalMs: 100 }, onSamples)).toBeNull()
		vi.advanceTimersByTime(1000)
		expect(onSamples).not.toHaveBeenCalled()
	})
})

describe('rmsDbfs', () => {
	it('is 0 dBFS at full scale, -20 at a tenth, and -200 for silence or no samples', () => {
		expect(rmsDbfs(new Float32Array(8).fill(1))).toBeCloseTo(0, 5)
		expect(rmsDbfs(new Float32Array(8).fill(-1))).toBeCloseTo(0, 5)
		expect(rmsDbfs(new Float32Array(8).fill(0.1))).toBeCloseTo(-20, 4)
		expect(rmsDbfs(new Float32Array(8))).toBe(-200)
		expect(rmsDbfs(new Float32Array(0))).toBe(-200)
	})
})

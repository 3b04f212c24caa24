/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { levelFromSamples, watchAudioLevel } from '../../../src/components/audioLevel.ts'
import { installFakeAudioContext } from './fakes/audioContext.ts'
import { cameraAndMicrophone, FakeStream, FakeTrack } from './fakes/media.ts'

describe('audio level', () => {
	afterEach(() => {
		vi.useRealTimers()
		vi.unstubAllGlobals()
	})

	it('maps silence to 0, full scale to 1 and -30 dBFS to the middle', () => {
		expect(levelFromSamples(new Float32Array(64))).toBe(0)
		expect(levelFromSamples(new Float32Array(64).fill(1))).toBe(1)
		expect(levelFromSamples(new Float32Array(64).fill(10 ** (-30 / 20)))).toBeCloseTo(0.5, 5)
		expect(levelFromSamples(new Float32Array(0))).toBe(0)
	})

	it('cannot measure without Web Audio or without a microphone', () => {
		vi.stubGlobal('AudioContext', undefined)
		expect(watchAudioLevel(cameraAndMicrophone(), vi.fn())).toBeNull()

		installFakeAudioContext(0.1)
		expect(watchAudioLevel(new FakeStream([new FakeTrack('video')]) as unknown as MediaStream, vi.fn())).toBeNull()
	})

	it('reports the level ten times a second until stopped', () => {
		vi.useFakeTimers()
		const audio = installFakeAudioContext(1)
		const onLevel = vi.fn()

		const stop = watchAudioLevel(cameraAndMicrophone(), onLevel)!
		vi.advanceTimersByTime(300)
		expect(onLevel.mock.calls).toEqual([[1], [1], [1]])

		stop()
		vi.advanceTimersByTime(300)
		expect(onLevel).toHaveBeenCalledTimes(3)
		expect(audio.closed).toBe(true)
		expect(audio.disconnected).toBe(true)
	})
})

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Timers } from '../timers.ts'

import { browserTimers } from '../timers.ts'
import { rmsDbfs, sampleMicrophone } from './audioAnalyser.ts'

/** Tells whether the local microphone picks up speech. */
export interface SpeakingDetector {
	stop(): void
}

export type SpeakingDetectorFactory = (stream: MediaStream, onChange: (speaking: boolean) => void) => SpeakingDetector

export interface AudioLevelOptions {
	timers?: Timers
	/** RMS level in dBFS above which we count as speaking. */
	thresholdDb?: number
	sampleIntervalMs?: number
	/** How long the level must stay low before "stopped speaking". */
	silenceMs?: number
}

/**
 * A speaking detector from the RMS level of an AnalyserNode. Without Web Audio (or without an
 * audio track) it never reports speaking.
 *
 * @param options thresholds and timers
 */
export function audioLevelSpeakingDetector(options: AudioLevelOptions = {}): SpeakingDetectorFactory {
	const timers = options.timers ?? browserTimers
	const thresholdDb = options.thresholdDb ?? -50
	const sampleIntervalMs = options.sampleIntervalMs ?? 100
	const silenceMs = options.silenceMs ?? 1000

	return (stream, onChange) => {
		let speaking = false
		let lastLoud = 0
		const stop = sampleMicrophone(stream, { fftSize: 512, intervalMs: sampleIntervalMs, timers }, (samples) => {
			const now = timers.now()
			if (rmsDbfs(samples) > thresholdDb) {
				lastLoud = now
				if (!speaking) {
					speaking = true
					onChange(true)
				}
			} else if (speaking && now - lastLoud >= silenceMs) {
				speaking = false
				onChange(false)
			}
		})
		return { stop: stop ?? (() => {}) }
	}
}

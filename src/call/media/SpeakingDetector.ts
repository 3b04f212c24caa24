/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { TimerId, Timers } from '../timers.ts'

import { browserTimers } from '../timers.ts'

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
		const AudioContextClass = globalThis.AudioContext
		if (AudioContextClass === undefined || stream.getAudioTracks().length === 0) {
			return { stop: () => {} }
		}
		const context = new AudioContextClass()
		const source = context.createMediaStreamSource(stream)
		const analyser = context.createAnalyser()
		analyser.fftSize = 512
		source.connect(analyser)
		const samples = new Float32Array(analyser.fftSize)
		let speaking = false
		let lastLoud = 0
		const timer: TimerId = timers.setInterval(() => {
			analyser.getFloatTimeDomainData(samples)
			let sum = 0
			for (const sample of samples) {
				sum += sample * sample
			}
			const db = 20 * Math.log10(Math.sqrt(sum / samples.length) || 1e-10)
			const now = timers.now()
			if (db > thresholdDb) {
				lastLoud = now
				if (!speaking) {
					speaking = true
					onChange(true)
				}
			} else if (speaking && now - lastLoud >= silenceMs) {
				speaking = false
				onChange(false)
			}
		}, sampleIntervalMs)

		return {
			stop: () => {
				timers.clearInterval(timer)
				source.disconnect()
				void context.close()
			},
		}
	}
}

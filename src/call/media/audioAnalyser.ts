/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { TimerId, Timers } from '../timers.ts'

import { browserTimers } from '../timers.ts'

export interface MicrophoneSamplingOptions {
	/** Samples per read (the AnalyserNode's fftSize, a power of two). */
	fftSize: number
	intervalMs: number
	timers?: Timers
}

/**
 * Read the time-domain samples of a stream's microphone through an AnalyserNode at a fixed
 * interval until stopped (the speaking detector and the level meter both listen this way).
 *
 * @param stream the stream whose audio track to read
 * @param options how many samples, how often, and the timers
 * @param onSamples called with each read; the array is reused between reads
 * @return a function that stops reading and closes the AudioContext, or null without Web Audio or without an audio track
 */
export function sampleMicrophone(
	stream: MediaStream,
	options: MicrophoneSamplingOptions,
	onSamples: (samples: Float32Array) => void,
): (() => void) | null {
	const AudioContextClass = globalThis.AudioContext
	if (AudioContextClass === undefined || stream.getAudioTracks().length === 0) {
		return null
	}
	const timers = options.timers ?? browserTimers
	const context = new AudioContextClass()
	const source = context.createMediaStreamSource(stream)
	const analyser = context.createAnalyser()
	analyser.fftSize = options.fftSize
	source.connect(analyser)
	const samples = new Float32Array(analyser.fftSize)
	const timer: TimerId = timers.setInterval(() => {
		analyser.getFloatTimeDomainData(samples)
		onSamples(samples)
	}, options.intervalMs)
	return () => {
		timers.clearInterval(timer)
		source.disconnect()
		void context.close()
	}
}

/**
 * The RMS level of time-domain samples in dBFS; silence (or no samples) is -200.
 *
 * @param samples time-domain samples (-1 … 1)
 */
export function rmsDbfs(samples: Float32Array): number {
	let sum = 0
	for (const sample of samples) {
		sum += sample * sample
	}
	const rms = Math.sqrt(sum / Math.max(1, samples.length))
	return 20 * Math.log10(rms || 1e-10)
}

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/** Below this the meter shows nothing (dBFS). */
const FLOOR_DB = -60

/**
 * Map an RMS level to the 0 … 1 of a meter: -60 dBFS and below is 0, full scale is 1
 *
 * @param samples - time-domain samples (-1 … 1)
 */
export function levelFromSamples(samples: Float32Array): number {
	let sum = 0
	for (const sample of samples) {
		sum += sample * sample
	}
	const rms = Math.sqrt(sum / Math.max(1, samples.length))
	const db = 20 * Math.log10(rms || 1e-10)
	return Math.min(1, Math.max(0, (db - FLOOR_DB) / -FLOOR_DB))
}

/**
 * Measure the microphone of a stream with an AnalyserNode until stopped
 *
 * @param stream - the stream whose audio track to measure
 * @param onLevel - called about ten times a second with the level (0 … 1)
 * @return a function that stops measuring, or null when the browser cannot measure
 */
export function watchAudioLevel(stream: MediaStream, onLevel: (level: number) => void): (() => void) | null {
	const AudioContextClass = globalThis.AudioContext
	if (AudioContextClass === undefined || stream.getAudioTracks().length === 0) {
		return null
	}
	const context = new AudioContextClass()
	const source = context.createMediaStreamSource(stream)
	const analyser = context.createAnalyser()
	analyser.fftSize = 1024
	source.connect(analyser)
	const samples = new Float32Array(analyser.fftSize)
	const timer = setInterval(() => {
		analyser.getFloatTimeDomainData(samples)
		onLevel(levelFromSamples(samples))
	}, 100)
	return () => {
		clearInterval(timer)
		source.disconnect()
		void context.close()
	}
}

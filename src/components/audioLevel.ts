/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { rmsDbfs, sampleMicrophone } from '../call/media/audioAnalyser.ts'

/** Below this the meter shows nothing (dBFS). */
const FLOOR_DB = -60

/**
 * Map an RMS level to the 0 … 1 of a meter: -60 dBFS and below is 0, full scale is 1
 *
 * @param samples - time-domain samples (-1 … 1)
 */
export function levelFromSamples(samples: Float32Array): number {
	return Math.min(1, Math.max(0, (rmsDbfs(samples) - FLOOR_DB) / -FLOOR_DB))
}

/**
 * Measure the microphone of a stream with an AnalyserNode until stopped
 *
 * @param stream - the stream whose audio track to measure
 * @param onLevel - called about ten times a second with the level (0 … 1)
 * @return a function that stops measuring, or null when the browser cannot measure
 */
export function watchAudioLevel(stream: MediaStream, onLevel: (level: number) => void): (() => void) | null {
	return sampleMicrophone(stream, { fftSize: 1024, intervalMs: 100 }, (samples) => onLevel(levelFromSamples(samples)))
}

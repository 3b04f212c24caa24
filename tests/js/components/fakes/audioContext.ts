/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { vi } from 'vitest'

export interface FakeAudio {
	closed: boolean
	disconnected: boolean
}

/**
 * Put an AudioContext on the page whose analyser hears a constant sample value
 *
 * @param sample - every time-domain sample (-1 … 1)
 */
export function installFakeAudioContext(sample: number): FakeAudio {
	const audio: FakeAudio = { closed: false, disconnected: false }
	class FakeAudioContext {
		createMediaStreamSource() {
			return {
				connect: () => {},
				disconnect: () => {
					audio.disconnected = true
				},
			}
		}

		createAnalyser() {
			return {
				fftSize: 2048,
				getFloatTimeDomainData: (samples: Float32Array) => samples.fill(sample),
			}
		}

		async close() {
			audio.closed = true
		}
	}
	vi.stubGlobal('AudioContext', FakeAudioContext)
	return audio
}

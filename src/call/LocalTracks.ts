/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { SpeakingDetector, SpeakingDetectorFactory } from './media/SpeakingDetector.ts'
import type { LocalMediaState } from './StatusChannel.ts'

import { flagsForStream } from './callFlags.ts'

/**
 * Our camera and microphone in the call: one stream (Talk's clients expect one), switched on and
 * off by the user, its devices swapped or lost, and whether we are speaking.
 */

export interface LocalMediaStatus {
	/** The microphone is switched on by the user. */
	audioEnabled: boolean
	videoEnabled: boolean
	/** A live microphone track exists (false after the device was removed). */
	audioAvailable: boolean
	videoAvailable: boolean
	speaking: boolean
}

export interface LocalTracksOptions {
	stream: MediaStream
	/** null: never report speaking. */
	createSpeakingDetector: SpeakingDetectorFactory | null
	/** The microphone or camera was switched, or speaking changed. */
	onChange(): void
	/** A device stopped (unplugged, permission revoked) while the call runs. */
	onTrackEnded(kind: 'audio' | 'video'): void
}

export class LocalTracks {
	readonly #options: LocalTracksOptions
	readonly #stream: MediaStream
	readonly #watchedTracks = new Set<MediaStreamTrack>()
	#audioEnabled: boolean
	#videoEnabled: boolean
	#speaking = false
	#speakingDetector: SpeakingDetector | null = null
	#stopped = false

	constructor(options: LocalTracksOptions) {
		this.#options = options
		this.#stream = options.stream
		this.#audioEnabled = this.#stream.getAudioTracks().every((track) => track.enabled)
		this.#videoEnabled = this.#stream.getVideoTracks().every((track) => track.enabled)
		for (const track of this.#stream.getTracks()) {
			this.#watchTrack(track)
		}
	}

	get status(): LocalMediaStatus {
		return {
			audioEnabled: this.#audioEnabled,
			videoEnabled: this.#videoEnabled,
			audioAvailable: this.#hasLiveTrack('audio'),
			videoAvailable: this.#hasLiveTrack('video'),
			speaking: this.#speaking,
		}
	}

	/** What the peers announce to the remote: a switched-on device that is still there. */
	get peerMedia(): LocalMediaState {
		const media = this.status
		return {
			audio: media.audioEnabled && media.audioAvailable,
			video: media.videoEnabled && media.videoAvailable,
			speaking: media.speaking,
		}
	}

	/** Talk's in-call flags for the devices we have (not whether they are muted). */
	get flags(): number {
		return flagsForStream(this.#stream)
	}

	/**
	 * Switch the microphone on or off (the track stays).
	 *
	 * @param enabled on or off
	 */
	setMicrophoneEnabled(enabled: boolean): void {
		this.#audioEnabled = enabled
		for (const track of this.#stream.getAudioTracks()) {
			track.enabled = enabled
		}
		if (!enabled) {
			this.#speaking = false
		}
		this.#options.onChange()
	}

	/**
	 * Switch the camera on or off.
	 *
	 * @param enabled on or off
	 */
	setCameraEnabled(enabled: boolean): void {
		this.#videoEnabled = enabled
		for (const track of this.#stream.getVideoTracks()) {
			track.enabled = enabled
		}
		this.#options.onChange()
	}

	/**
	 * Put another device's track in the stream instead of the old one of its kind, which is
	 * stopped; the new track is on or off as the old one was.
	 *
	 * @param track the new device's track
	 * @return its kind
	 */
	useDevice(track: MediaStreamTrack): 'audio' | 'video' {
		const kind = track.kind === 'audio' ? 'audio' : 'video'
		for (const old of this.#stream.getTracks()) {
			if (old.kind === kind && old !== track) {
				this.#stream.removeTrack(old)
				this.#watchedTracks.delete(old)
				old.stop()
			}
		}
		this.#stream.addTrack(track)
		track.enabled = kind === 'audio' ? this.#audioEnabled : this.#videoEnabled
		this.#watchTrack(track)
		return kind
	}

	startSpeakingDetector(): void {
		const factory = this.#options.createSpeakingDetector
		if (factory === null) {
			return
		}
		this.#speakingDetector = factory(this.#stream, (speaking) => {
			this.#speaking = speaking
			this.#options.onChange()
		})
	}

	/** The microphone changed: listen to the new one, if we were listening. */
	restartSpeakingDetector(): void {
		if (this.#speakingDetector !== null) {
			this.#speakingDetector.stop()
			this.startSpeakingDetector()
		}
	}

	/** The call ended: stop listening; a device that stops from now on is not reported. */
	stop(): void {
		this.#stopped = true
		this.#speakingDetector?.stop()
		this.#speakingDetector = null
	}

	#hasLiveTrack(kind: 'audio' | 'video'): boolean {
		return this.#stream.getTracks().some((track) => track.kind === kind && track.readyState !== 'ended')
	}

	#watchTrack(track: MediaStreamTrack): void {
		if (this.#watchedTracks.has(track)) {
			return
		}
		this.#watchedTracks.add(track)
		track.addEventListener('ended', () => {
			if (!this.#watchedTracks.has(track) || this.#stopped) {
				return
			}
			this.#options.onTrackEnded(track.kind === 'audio' ? 'audio' : 'video')
		})
	}
}

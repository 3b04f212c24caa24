/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { CallEnding, CallSessionEvents, CallSessionOptions, CallState } from '../../../../../src/call/callSessionTypes.ts'
import type { LocalMediaStatus } from '../../../../../src/call/LocalTracks.ts'

import { vi } from 'vitest'
import { Emitter } from '../../../../../src/call/Emitter.ts'

/**
 * Stands in for CallSession: the test drives its states and events the way the real session
 * emits them (see src/call/CallSession.ts).
 */
export class FakeCallSession extends Emitter<CallSessionEvents> {
	static readonly instances: FakeCallSession[] = []
	/** The next session's start() fails with this (as Talk answering an error would) */
	static nextStartFailure: Error | null = null
	/** The `recordingConsent` of the room the sessions join */
	static roomRecordingConsent = 0

	state: CallState = 'idle'
	elapsedMs = 0
	localMedia: LocalMediaStatus = { audioEnabled: true, videoEnabled: true, audioAvailable: true, videoAvailable: true, speaking: false }
	/** The consent to recording the session would join the call with; null before it asked */
	consentSent: boolean | null = null
	readonly start = vi.fn(async () => {
		this.enter('creating')
		// As the real session: asked once the room is joined, before the call is joined
		const consent = this.options.recordingConsentFor?.({ token: 'room1234', sessionId: 'guest-session', recordingConsent: FakeCallSession.roomRecordingConsent }) ?? false
		// Only a question waits; an answer known at once keeps the session's timing as it was
		this.consentSent = consent instanceof Promise ? await consent : consent
		if (this.state === 'ended') {
			return
		}
		if (this.startFailure !== null) {
			this.end({ reason: 'error', error: this.startFailure })
			throw this.startFailure
		}
		this.enter('ringing')
	})

	readonly hangUp = vi.fn(async () => this.end({ reason: 'hangup' }))
	readonly setMicrophoneEnabled = vi.fn((enabled: boolean) => this.updateMedia({ audioEnabled: enabled }))
	readonly setCameraEnabled = vi.fn((enabled: boolean) => this.updateMedia({ videoEnabled: enabled }))
	readonly switchDevice = vi.fn(async (track: MediaStreamTrack) => {
		this.options.localStream.addTrack(track)
	})

	readonly startFailure: Error | null

	constructor(readonly options: CallSessionOptions) {
		super()
		this.startFailure = FakeCallSession.nextStartFailure
		FakeCallSession.nextStartFailure = null
		FakeCallSession.instances.push(this)
	}

	/** The most recent session */
	static last(): FakeCallSession {
		const session = FakeCallSession.instances.at(-1)
		if (session === undefined) {
			throw new Error('No call session was created')
		}
		return session
	}

	static reset(): void {
		FakeCallSession.instances.length = 0
		FakeCallSession.nextStartFailure = null
		FakeCallSession.roomRecordingConsent = 0
	}

	/**
	 * Emit an event as the real session would
	 *
	 * @param event - its name
	 * @param payload - its payload
	 */
	fire<Name extends keyof CallSessionEvents>(event: Name, payload: CallSessionEvents[Name]): void {
		this.emit(event, payload)
	}

	enter(state: Exclude<CallState, 'ended'>): void {
		this.state = state
		this.emit('state', { state })
	}

	end(ending: CallEnding): void {
		if (this.state === 'ended') {
			return
		}
		this.state = 'ended'
		this.emit('state', { state: 'ended', ending })
	}

	updateMedia(change: Partial<LocalMediaStatus>): void {
		this.localMedia = { ...this.localMedia, ...change }
		this.emit('localMedia', this.localMedia)
	}
}

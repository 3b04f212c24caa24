/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { CallMedia } from '../../../api/requests.ts'
import type { CallEnding, CallState } from '../../../call/callSessionTypes.ts'
import type { LocalMediaStatus } from '../../../call/LocalTracks.ts'
import type { RecordingConsentMode } from '../../../call/recordingConsent.ts'
import type { RemoteMediaState } from '../../../call/StatusChannel.ts'
import type { VerificationRequest } from '../verification/useVerificationRequest.ts'

import { onBeforeUnmount, ref, shallowRef } from 'vue'
import { CallSession } from '../../../call/CallSession.ts'
import { consentRequired } from '../../../call/recordingConsent.ts'

/** Where the call is: our own registration first, then the states of the call session. */
export type CallPhase = 'registering' | CallState

/** What became of the request while the call ran; the sidebar then hangs up. */
export type RequestOutcome = 'verified' | 'declined' | 'expired' | 'withdrawn'

/**
 * How a call ended: the session's endings, our request being refused before any call, or the
 * request being decided (or closed) during the call.
 */
export type SidebarEnding = CallEnding | {
	reason: 'request-refused'
	/** The server's machine code, e.g. `too_many_requests` */
	code: string | null
	/** The server's translated text, if it sent one */
	message: string | null
} | { reason: RequestOutcome }

const OUTCOMES: readonly string[] = ['verified', 'declined', 'expired', 'withdrawn'] satisfies RequestOutcome[]

/**
 * Whether the call ended because the request was decided or closed
 *
 * @param ending - how it ended
 */
export function isRequestOutcome(ending: SidebarEnding): ending is { reason: RequestOutcome } {
	return OUTCOMES.includes(ending.reason)
}

export interface CallStart {
	displayName: string
	localStream: MediaStream
	noAnswerTimeoutMs?: number
	/** 'audio': a call without video, which the administrator allows */
	media?: CallMedia
	/** Talk's recording consent rule (capability `config → call → recording-consent`) */
	consentMode?: RecordingConsentMode
	/** The caller already ticked consent to recording (before calling) */
	recordingConsent?: boolean
}

/** Outcome of `call()`: the name was refused (go back and fix it), or the call ran its course. */
export type CallOutcome = { nameRejected: string | null } | null

/**
 * The recipient's request as the call uses it: registered before the sharer is rung, told how
 * far the call got, followed from the ring until the call ends, withdrawn when nobody answered
 */
export type CallRequest = Pick<VerificationRequest, 'shareToken' | 'register' | 'report' | 'follow' | 'stopFollowing' | 'withdraw'>

/** The states in which the sharer is being rung or is in the call: the request is followed */
const FOLLOWED_STATES: readonly string[] = ['ringing', 'connecting', 'connected', 'reconnecting'] satisfies CallState[]

const NO_REMOTE_MEDIA: RemoteMediaState = { audio: undefined, video: undefined, speaking: undefined }

/**
 * The recipient's call as reactive state: once the request is registered, ring the sharer
 * through Talk; the request is withdrawn when the call ends before the sharer answered.
 *
 * @param request - the recipient's request the call is for
 */
export function useRequestCall(request: CallRequest) {
	const phase = ref<CallPhase | null>(null)
	const ending = shallowRef<SidebarEnding | null>(null)
	const remoteStream = shallowRef<MediaStream | null>(null)
	const remoteMedia = ref<RemoteMediaState>({ ...NO_REMOTE_MEDIA })
	const remoteName = ref<string | null>(null)
	const localMedia = ref<LocalMediaStatus | null>(null)
	const localTrackEnded = ref<'audio' | 'video' | null>(null)
	const elapsedMs = ref(0)
	/** A request is registered for this attempt */
	let registered = false
	/** The room turned out to need consent to recording: the sidebar asks, answerConsent() replies */
	const consentPending = ref(false)
	let consentAnswer: ((given: boolean) => void) | null = null

	let session: CallSession | null = null
	let unsubscribers: (() => void)[] = []
	let elapsedTimer: ReturnType<typeof setInterval> | undefined
	let answered = false
	let abandoned = false
	/** Set when the request was decided: the hang-up that follows ends the call with it */
	let outcome: RequestOutcome | null = null

	/** Forget the previous attempt */
	function reset(): void {
		ending.value = null
		remoteStream.value = null
		remoteMedia.value = { ...NO_REMOTE_MEDIA }
		remoteName.value = null
		localMedia.value = null
		localTrackEnded.value = null
		elapsedMs.value = 0
		registered = false
		answered = false
		abandoned = false
		outcome = null
		consentPending.value = false
		consentAnswer = null
	}

	/**
	 * The caller's reply to the consent question: given joins the call with consent, refused
	 * hangs up before the call is joined
	 *
	 * @param given - they ticked the box
	 */
	function answerConsent(given: boolean): void {
		const answer = consentAnswer
		consentPending.value = false
		consentAnswer = null
		answer?.(given)
		if (!given) {
			void session?.hangUp()
		}
	}

	/**
	 * The consent to send with the call join: what the caller gave before calling, or, where
	 * only the joined room shows that consent is needed, their answer to the question
	 *
	 * @param start - the call's start options
	 * @param roomRecordingConsent - the room's `recordingConsent`
	 */
	function consentFor(start: CallStart, roomRecordingConsent: unknown): boolean | Promise<boolean> {
		if (start.recordingConsent === true || !consentRequired(start.consentMode ?? 0, roomRecordingConsent)) {
			return start.recordingConsent === true
		}
		return new Promise<boolean>((resolve) => {
			consentAnswer = resolve
			consentPending.value = true
		})
	}

	/**
	 * The attempt is over: show how it ended and withdraw an unanswered request
	 *
	 * @param end - how it ended
	 */
	function finish(end: SidebarEnding): void {
		clearInterval(elapsedTimer)
		elapsedTimer = undefined
		unsubscribers.forEach((off) => off())
		unsubscribers = []
		session = null
		remoteStream.value = null
		ending.value = end
		phase.value = 'ended'
		if (!registered) {
			return
		}
		if (!answered && !isRequestOutcome(end)) {
			request.withdraw()
		}
		// The sharer may have approved just before the call ended: one last look unlocks it
		request.stopFollowing(end.reason !== 'hangup' && !isRequestOutcome(end))
	}

	/**
	 * Follow the session's state; events of an older session are ignored
	 *
	 * @param current - the session that reports
	 * @param state - its new state
	 * @param end - how it ended, with `ended`
	 */
	function onState(current: CallSession, state: CallState, end?: CallEnding): void {
		if (session !== current) {
			return
		}
		if ((state === 'connecting' || state === 'connected') && !answered) {
			answered = true
			request.report('answered')
		}
		if (state === 'ringing') {
			request.report('ringing')
		}
		if (FOLLOWED_STATES.includes(state)) {
			request.follow()
		}
		if (state === 'ended') {
			finish(outcome === null ? end ?? { reason: 'error' } : { reason: outcome })
			return
		}
		phase.value = state
		if ((state === 'connected' || state === 'reconnecting') && elapsedTimer === undefined) {
			elapsedTimer = setInterval(() => {
				elapsedMs.value = current.elapsedMs
			}, 1000)
			elapsedMs.value = current.elapsedMs
		}
	}

	/**
	 * Register the request, then ring the sharer. Resolves once the sharer is being rung (or the
	 * attempt ended); the rest arrives as state.
	 *
	 * @param start - who calls which share with which stream
	 */
	async function call(start: CallStart): Promise<CallOutcome> {
		reset()
		phase.value = 'registering'
		const registration = await request.register(start.displayName, start.media ?? 'video')
		if ('nameRejected' in registration) {
			phase.value = null
			return registration
		}
		if ('refused' in registration) {
			finish({ reason: 'request-refused', ...registration.refused })
			return null
		}
		registered = true
		if (abandoned) {
			finish({ reason: 'hangup' })
			return null
		}

		const current = new CallSession({
			shareToken: request.shareToken,
			displayName: start.displayName,
			localStream: start.localStream,
			noAnswerTimeoutMs: start.noAnswerTimeoutMs,
			recordingConsentFor: (room) => consentFor(start, room.recordingConsent),
		})
		session = current
		localMedia.value = current.localMedia
		unsubscribers = [
			current.on('state', ({ state, ending: end }) => onState(current, state, end)),
			current.on('remoteStream', ({ stream }) => {
				remoteStream.value = stream
			}),
			current.on('remoteMedia', (media) => {
				remoteMedia.value = media
			}),
			current.on('remoteName', ({ name }) => {
				remoteName.value = name
			}),
			current.on('localMedia', (media) => {
				localMedia.value = media
			}),
			current.on('localTrackEnded', ({ kind }) => {
				localTrackEnded.value = kind
			}),
		]
		try {
			await current.start()
		} catch {
			// The session ended itself and said why through its state
		}
		return null
	}

	/** Hang up, whatever the phase; during registration the call is dropped once it returns. */
	async function hangUp(): Promise<void> {
		if (phase.value === 'registering') {
			abandoned = true
			return
		}
		if (consentPending.value) {
			answerConsent(false)
			return
		}
		await session?.hangUp()
	}

	/**
	 * The request was decided (or closed) while the call runs: leave the call cleanly and end
	 * with that outcome instead of a hang-up
	 *
	 * @param decided - what became of the request
	 */
	async function conclude(decided: RequestOutcome): Promise<void> {
		if (phase.value === null) {
			return
		}
		if (phase.value === 'ended') {
			// A decision read after the call ended (the sharer approved, then left at once) is
			// what the caller needs to know; a closed request after our own hang-up is not
			if ((decided === 'verified' || decided === 'declined') && ending.value !== null && !isRequestOutcome(ending.value)) {
				ending.value = { reason: decided }
			}
			return
		}
		outcome = decided
		if (session === null) {
			// registered, but the session is not there yet: nothing to leave
			finish({ reason: decided })
			return
		}
		await session.hangUp()
	}

	/**
	 * Mute or unmute
	 *
	 * @param enabled - microphone on
	 */
	function setMicrophoneEnabled(enabled: boolean): void {
		session?.setMicrophoneEnabled(enabled)
	}

	/**
	 * Camera off or on
	 *
	 * @param enabled - camera on
	 */
	function setCameraEnabled(enabled: boolean): void {
		session?.setCameraEnabled(enabled)
	}

	/**
	 * Put another device's track into the call
	 *
	 * @param track - the new track
	 */
	async function switchDevice(track: MediaStreamTrack): Promise<void> {
		if (session === null) {
			track.stop()
			return
		}
		await session.switchDevice(track)
		if (localTrackEnded.value === track.kind) {
			localTrackEnded.value = null
		}
	}

	onBeforeUnmount(() => {
		void hangUp()
	})

	return {
		phase,
		ending,
		remoteStream,
		remoteMedia,
		remoteName,
		localMedia,
		localTrackEnded,
		elapsedMs,
		consentPending,
		call,
		answerConsent,
		hangUp,
		conclude,
		setMicrophoneEnabled,
		setCameraEnabled,
		switchDevice,
	}
}

export type RequestCall = ReturnType<typeof useRequestCall>

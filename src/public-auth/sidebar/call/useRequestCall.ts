/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { CallMedia, RegisteredRequest } from '../../../api/requests.ts'
import type { CallEnding, CallState, LocalMediaStatus } from '../../../call/CallSession.ts'
import type { RecordingConsentMode } from '../../../call/recordingConsent.ts'
import type { RemoteMediaState } from '../../../call/RemotePeer.ts'

import { onBeforeUnmount, ref, shallowRef } from 'vue'
import { apiErrorBody } from '../../../api/errors.ts'
import { cancelRequest, cancelRequestOnPageUnload, registerRequest, reportProgress } from '../../../api/requests.ts'
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
	shareToken: string
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

const NO_REMOTE_MEDIA: RemoteMediaState = { audio: undefined, video: undefined, speaking: undefined }

/**
 * The recipient's call as reactive state: register our request, ring the sharer through Talk,
 * and withdraw the request when the call ends before the sharer answered.
 */
export function useRequestCall() {
	const phase = ref<CallPhase | null>(null)
	const ending = shallowRef<SidebarEnding | null>(null)
	const remoteStream = shallowRef<MediaStream | null>(null)
	const remoteMedia = ref<RemoteMediaState>({ ...NO_REMOTE_MEDIA })
	const remoteName = ref<string | null>(null)
	const localMedia = ref<LocalMediaStatus | null>(null)
	const localTrackEnded = ref<'audio' | 'video' | null>(null)
	const elapsedMs = ref(0)
	const request = shallowRef<RegisteredRequest | null>(null)
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
	let unloading = false
	/** The last progress report, settled or not: a withdrawal waits for it */
	let progressReport: Promise<unknown> = Promise.resolve()
	// Registered before any call session's own handler, so the session's hang-up on unload
	// already knows that only a keepalive request still reaches the server
	const onPageHide = (): void => {
		unloading = true
	}
	window.addEventListener('pagehide', onPageHide)

	/** Forget the previous attempt */
	function reset(): void {
		ending.value = null
		remoteStream.value = null
		remoteMedia.value = { ...NO_REMOTE_MEDIA }
		remoteName.value = null
		localMedia.value = null
		localTrackEnded.value = null
		elapsedMs.value = 0
		request.value = null
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
	 * Tell our server how far the call got; a closed request (409) or a network error changes
	 * nothing for the call
	 *
	 * @param stage - ringing, or answered
	 */
	function report(stage: 'ringing' | 'answered'): void {
		const registered = request.value
		if (registered !== null) {
			progressReport = reportProgress(registered, stage).catch(() => {})
		}
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
		const registered = request.value
		if (registered !== null && !answered && !isRequestOutcome(end)) {
			// Nobody took the call: the request must not stay open for someone else to approve
			if (unloading) {
				cancelRequestOnPageUnload(registered)
			} else {
				// After a progress report still on its way: withdrawn first, it would be refused (409)
				progressReport.then(() => cancelRequest(registered)).catch(() => {})
			}
		}
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
			report('answered')
		}
		if (state === 'ringing') {
			report('ringing')
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
		let registered: RegisteredRequest
		try {
			registered = await registerRequest(start.shareToken, start.displayName, start.media ?? 'video')
		} catch (error) {
			const body = apiErrorBody(error)
			if (body?.error === 'invalid_display_name') {
				phase.value = null
				return { nameRejected: body.message || null }
			}
			finish({ reason: 'request-refused', code: body?.error ?? null, message: body?.message ?? null })
			return null
		}
		request.value = registered
		if (abandoned) {
			finish({ reason: 'hangup' })
			return null
		}

		const current = new CallSession({
			shareToken: start.shareToken,
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
		window.removeEventListener('pagehide', onPageHide)
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
		request,
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

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { CallMedia, CallProgressStage, RegisteredRequest, VerificationRequestStatus } from '../../../api/requests.ts'
import type { RequestOutcome } from '../call/useRequestCall.ts'
import type { StatusPollingOptions } from './useRequestStatus.ts'

import { computed, onBeforeUnmount, shallowRef } from 'vue'
import { apiErrorBody } from '../../../api/errors.ts'
import { cancelRequest, cancelRequestOnPageUnload, registerRequest, reportProgress, submitPassword as sendPassword } from '../../../api/requests.ts'
import { openSharePage } from './openSharePage.ts'
import { useRequestStatus } from './useRequestStatus.ts'

/** What registering gave: the request, a refused name (go back and fix it), or another refusal. */
export type Registration
	= | { request: RegisteredRequest }
		| { nameRejected: string | null }
		| { refused: { code: string | null, message: string | null } }

/**
 * What a status means for the call, once the request is decided or closed
 *
 * @param status - the request's status as last read
 */
function outcomeOf(status: VerificationRequestStatus | undefined): RequestOutcome | null {
	switch (status) {
		case 'used':
			return 'verified'
		case 'declined':
			return 'declined'
		case 'expired':
		case 'abandoned':
			// Abandoned: this page missed its polls for 30 s (offline); the request is over
			return 'expired'
		case 'cancelled':
			// Our own hang-up cancels the request too; then the call has ended already
			return 'withdrawn'
		default:
			return null
	}
}

/**
 * The recipient's verification request for one share: register it, follow its status while
 * the call runs, send the password the sharer tells, withdraw it when nobody answered, and
 * open the share once it is verified. `outcome` says what became of it.
 *
 * @param shareToken - the token of the public share the recipient asks for
 * @param options - polling intervals (tests shorten them)
 */
export function useVerificationRequest(shareToken: string, options: StatusPollingOptions = {}) {
	const request = shallowRef<RegisteredRequest | null>(null)
	/** The request while it is followed: from the ring until the call ends */
	const followed = shallowRef<RegisteredRequest | null>(null)
	const status = useRequestStatus(followed, options)
	const state = status.state
	const outcome = computed(() => outcomeOf(state.value?.status))
	const idCheck = computed(() => state.value?.idCheck ?? null)

	let opening = false
	let unloading = false
	/** The last progress report, settled or not: a withdrawal waits for it */
	let progressReport: Promise<unknown> = Promise.resolve()
	// Registered before any call session's own handler, so the session's hang-up on unload
	// already knows that only a keepalive request still reaches the server
	const onPageHide = (): void => {
		unloading = true
	}
	window.addEventListener('pagehide', onPageHide)

	/**
	 * Register a new request (the previous one is forgotten); it is bound to this browser session
	 *
	 * @param displayName - the name the sharer will see
	 * @param media - 'audio' for a call without video
	 */
	async function register(displayName: string, media: CallMedia): Promise<Registration> {
		request.value = null
		try {
			request.value = await registerRequest(shareToken, displayName, media)
			return { request: request.value }
		} catch (error) {
			const body = apiErrorBody(error)
			if (body?.error === 'invalid_display_name') {
				return { nameRejected: body.message || null }
			}
			return { refused: { code: body?.error ?? null, message: body?.message ?? null } }
		}
	}

	/**
	 * Tell our server how far the call got; a closed request (409) or a network error changes
	 * nothing for the call
	 *
	 * @param stage - ringing, or answered
	 */
	function report(stage: CallProgressStage): void {
		const registered = request.value
		if (registered !== null) {
			progressReport = reportProgress(registered, stage).catch(() => {})
		}
	}

	/** Nobody took the call: the request must not stay open for someone else to approve */
	function withdraw(): void {
		const registered = request.value
		if (registered === null) {
			return
		}
		if (unloading) {
			cancelRequestOnPageUnload(registered)
		} else {
			// After a progress report still on its way: withdrawn first, it would be refused (409)
			progressReport.then(() => cancelRequest(registered)).catch(() => {})
		}
	}

	/** The sharer is rung: poll the request (the password page's requests up to the ring stay as few as they were) */
	function follow(): void {
		if (followed.value !== request.value) {
			followed.value = request.value
		}
	}

	/**
	 * The call ended: stop polling; where the sharer may have approved just before the call ended,
	 * one last look unlocks it
	 *
	 * @param lookOnceMore - read the request once more
	 */
	function stopFollowing(lookOnceMore: boolean): void {
		followed.value = null
		status.stop()
		const registered = request.value
		if (lookOnceMore && registered !== null) {
			void status.pollOnce(registered)
		}
	}

	/**
	 * Password mode: send the password the sharer told. The polling holds meanwhile (a poll that
	 * reaches the server just after the session id changed would still carry the old one); right,
	 * the request is used and `outcome` turns `verified`. A refusal is thrown, nothing changes.
	 *
	 * @param password - what the recipient typed
	 */
	async function submitPassword(password: string): Promise<void> {
		const registered = request.value
		if (registered === null) {
			throw new Error('No request to send the password for')
		}
		status.pause()
		try {
			const next = await sendPassword(registered, password)
			status.resume()
			status.accept(next)
		} catch (error) {
			status.resume()
			throw error
		}
	}

	/** Verified: load the share page, which shows the file now (once) */
	function openFile(): void {
		if (opening) {
			return
		}
		opening = true
		status.stop()
		openSharePage(shareToken)
	}

	onBeforeUnmount(() => {
		window.removeEventListener('pagehide', onPageHide)
	})

	return {
		shareToken,
		request,
		state,
		outcome,
		idCheck,
		register,
		report,
		withdraw,
		follow,
		stopFollowing,
		submitPassword,
		openFile,
	}
}

export type VerificationRequest = ReturnType<typeof useVerificationRequest>

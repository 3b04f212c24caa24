/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { OcsResponse, ReleaseMode } from './types.ts'

import { getRequestToken } from '@nextcloud/auth'
import axios from '@nextcloud/axios'
import { generateOcsUrl } from '@nextcloud/router'

// The recipient's calls about their own request (RequestController). The sharer's calls, a file's
// records, approve and decline, are in decisions.ts.

/**
 * Where a verification request stands (`status` of our OCS API). `requested` and `ringing` are
 * open; `approved` lasts until the recipient's next poll turns it into `used`; the rest are final.
 */
export type VerificationRequestStatus = 'requested' | 'ringing' | 'approved' | 'declined' | 'expired' | 'used' | 'cancelled' | 'abandoned'

/** States after which nothing changes any more (an approved request still waits for its poll). */
export const FINAL_STATUSES: readonly VerificationRequestStatus[] = ['declined', 'expired', 'used', 'cancelled', 'abandoned']

/**
 * Whether a request will not change any more
 *
 * @param status - its status
 */
export function isFinalStatus(status: VerificationRequestStatus): boolean {
	return FINAL_STATUSES.includes(status)
}

/** What the recipient's client reports about the call: Talk rings, or the sharer joined. */
export type CallProgressStage = 'ringing' | 'answered'

/** `CreatedRequest`: the answer to `POST /api/v1/requests`, the only one with the secret. */
export interface RegisteredRequest {
	/** 32 letters and digits */
	requestId: string
	/** Send it back in the `X-Request-Secret` header; keep it in memory only */
	secret: string
	/** The read-back code as people read it: "482 913" */
	code: string
	/** Unix time in seconds after which a pending request reads as expired */
	expiresAt: number
	mode: ReleaseMode
}

/** `Request`: a request as its caller polls it. */
export interface VerificationRequestState {
	requestId: string
	status: VerificationRequestStatus
	code: string
	/** Unix time in seconds */
	expiresAt: number
	mode: ReleaseMode
	/** The ID document check the sharer asked for, while the request is open; null when none */
	idCheck: IdCheckPrompt | null
}

/** The security-feature check the recipient is asked to do now (step from 0, of total). */
export interface IdCheckPrompt {
	step: number
	total: number
	prompt: string
}

/** What the recipient's call carries; 'audio' only when the administrator allows calls without video. */
export type CallMedia = 'video' | 'audio'

/** What reading or cancelling a request needs: a `RegisteredRequest` will do. */
export type RequestHandle = Pick<RegisteredRequest, 'requestId' | 'secret'>

/** The header that carries a request's secret (never the URL). */
export const REQUEST_SECRET_HEADER = 'X-Request-Secret'

/**
 * URL of the collection of verification requests
 */
export function requestsUrl(): string {
	return generateOcsUrl('apps/video_verification/api/v1/requests')
}

/**
 * URL of one verification request
 *
 * @param requestId - the id `registerRequest` returned
 */
export function requestUrl(requestId: string): string {
	return generateOcsUrl('apps/video_verification/api/v1/requests/{requestId}', { requestId })
}

/**
 * URL of one of a request's actions (`progress`, `password`; the sharer's `approve`, `decline`)
 *
 * @param requestId - the request
 * @param action - the action
 */
export function requestActionUrl(requestId: string, action: 'progress' | 'password' | 'approve' | 'decline'): string {
	return generateOcsUrl('apps/video_verification/api/v1/requests/{requestId}/{action}', { requestId, action })
}

/**
 * Marks our calls as OCS API requests, as Talk's clients do: the AppFramework then accepts them
 * without relying on the page's CSRF token alone, which the recipient's session may outlive
 * while its id changes on the unlock
 */
const OCS_HEADERS = Object.freeze({ 'OCS-APIRequest': 'true' })

/**
 * The headers of the recipient's requests
 *
 * @param request - the request and its secret
 */
function secretHeader(request: RequestHandle): Record<string, string> {
	return { ...OCS_HEADERS, [REQUEST_SECRET_HEADER]: request.secret }
}

/**
 * Register a request to be verified on a call; it is bound to this browser session
 *
 * @param shareToken - the token of the public share page
 * @param displayName - the name the sharer will see (1 to 64 characters)
 * @param media - 'audio' for a call without video (only when the administrator allows it)
 */
export async function registerRequest(shareToken: string, displayName: string, media: CallMedia = 'video'): Promise<RegisteredRequest> {
	const response = await axios.post<OcsResponse<RegisteredRequest>>(requestsUrl(), media === 'audio' ? { shareToken, displayName, media } : { shareToken, displayName }, { headers: { ...OCS_HEADERS } })
	return response.data.ocs.data
}

/**
 * Read a request back (poll it while the call runs)
 *
 * @param request - what `registerRequest` returned
 */
export async function getRequest(request: RequestHandle): Promise<VerificationRequestState> {
	const response = await axios.get<OcsResponse<VerificationRequestState>>(requestUrl(request.requestId), {
		headers: secretHeader(request),
	})
	return response.data.ocs.data
}

/**
 * Cancel a request (the recipient hung up before the sharer answered); cancelling twice is fine
 *
 * @param request - what `registerRequest` returned
 */
export async function cancelRequest(request: RequestHandle): Promise<VerificationRequestState> {
	const response = await axios.delete<OcsResponse<VerificationRequestState>>(requestUrl(request.requestId), {
		headers: secretHeader(request),
	})
	return response.data.ocs.data
}

/**
 * Tell the server how the call goes: `ringing` once we joined Talk's call, `answered` once the
 * sharer's session joined it. Refused with 409 `request_closed` once the request is final.
 *
 * @param request - what `registerRequest` returned
 * @param stage - the stage reached
 */
export async function reportProgress(request: RequestHandle, stage: CallProgressStage): Promise<VerificationRequestState> {
	const response = await axios.post<OcsResponse<VerificationRequestState>>(requestActionUrl(request.requestId, 'progress'), { stage }, {
		headers: secretHeader(request),
	})
	return response.data.ocs.data
}

/**
 * Password mode: send the password the sharer read out; right, the request is `used` and this
 * browser session may open the share. Wrong: 403 `wrong_password`, nothing changes.
 *
 * @param request - what `registerRequest` returned
 * @param password - what the recipient typed
 */
export async function submitPassword(request: RequestHandle, password: string): Promise<VerificationRequestState> {
	const response = await axios.post<OcsResponse<VerificationRequestState>>(requestActionUrl(request.requestId, 'password'), { password }, {
		headers: secretHeader(request),
	})
	return response.data.ocs.data
}

/**
 * Cancel a request while the page unloads: axios requests die with the page, a keepalive
 * fetch does not (and sendBeacon cannot send DELETE or headers). Fire and forget.
 *
 * @param request - what `registerRequest` returned
 */
export function cancelRequestOnPageUnload(request: RequestHandle): void {
	fetch(requestUrl(request.requestId), {
		method: 'DELETE',
		keepalive: true,
		credentials: 'same-origin',
		headers: {
			'OCS-APIRequest': 'true',
			Accept: 'application/json',
			requesttoken: getRequestToken() ?? '',
			[REQUEST_SECRET_HEADER]: request.secret,
		},
	}).catch(() => {
		// the page is gone; the request expires on its own
	})
}

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { OcsResponse, ReleaseMode } from './types.ts'

import { getRequestToken } from '@nextcloud/auth'
import axios from '@nextcloud/axios'
import { generateOcsUrl } from '@nextcloud/router'

/** Where a verification request stands (`Request.status` of our OCS API). */
export type VerificationRequestStatus = 'pending' | 'cancelled' | 'expired'

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
}

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
 * Register a request to be verified on a call; it is bound to this browser session
 *
 * @param shareToken - the token of the public share page
 * @param displayName - the name the sharer will see (1 to 64 characters)
 */
export async function registerRequest(shareToken: string, displayName: string): Promise<RegisteredRequest> {
	const response = await axios.post<OcsResponse<RegisteredRequest>>(requestsUrl(), { shareToken, displayName })
	return response.data.ocs.data
}

/**
 * Read a request back (poll it while the call runs)
 *
 * @param request - what `registerRequest` returned
 */
export async function getRequest(request: RequestHandle): Promise<VerificationRequestState> {
	const response = await axios.get<OcsResponse<VerificationRequestState>>(requestUrl(request.requestId), {
		headers: { [REQUEST_SECRET_HEADER]: request.secret },
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
		headers: { [REQUEST_SECRET_HEADER]: request.secret },
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

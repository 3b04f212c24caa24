/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { RequestHandle } from './requests.ts'
import type { OcsResponse } from './types.ts'

import axios from '@nextcloud/axios'
import { generateOcsUrl } from '@nextcloud/router'
import { REQUEST_SECRET_HEADER } from './requests.ts'

/** The longest message the recipient may leave with a callback request */
export const CALLBACK_MESSAGE_MAX_LENGTH = 500

/** `Callback`: a recipient's "Ask to be called back" on a request nobody answered */
export interface CallbackState {
	requestId: string
	/** `callingBack` once the sharer pressed "Call back": the recipient's page calls again */
	state: 'callbackRequested' | 'callingBack'
	/** Unix time in seconds */
	requestedAt: number
	message: string
	calledBackAt: number | null
}

/**
 * URL of a request's callback (`POST` to ask, `GET` to poll)
 *
 * @param requestId - the request nobody answered
 */
export function callbackUrl(requestId: string): string {
	return generateOcsUrl('apps/video_verification/api/v1/requests/{requestId}/callback', { requestId })
}

/**
 * Ask the sharer to call back (once, only after an unanswered call)
 *
 * @param request - the request nobody answered
 * @param message - optional, at most 500 characters
 */
export async function askForCallback(request: RequestHandle, message: string): Promise<CallbackState> {
	const response = await axios.post<OcsResponse<CallbackState>>(callbackUrl(request.requestId), message === '' ? {} : { message }, {
		headers: { [REQUEST_SECRET_HEADER]: request.secret },
	})
	return response.data.ocs.data
}

/**
 * Read the callback: the recipient's page polls it while it waits
 *
 * @param request - the request
 */
export async function readCallback(request: RequestHandle): Promise<CallbackState> {
	const response = await axios.get<OcsResponse<CallbackState>>(callbackUrl(request.requestId), {
		headers: { [REQUEST_SECRET_HEADER]: request.secret },
	})
	return response.data.ocs.data
}

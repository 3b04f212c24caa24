/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { CallbackState } from './callback.ts'
import type { OcsResponse } from './types.ts'

import axios from '@nextcloud/axios'
import { generateOcsUrl } from '@nextcloud/router'

const OCS_HEADERS = Object.freeze({ 'OCS-APIRequest': 'true' })

/** `FileCallback`: a callback a recipient asked for on one of the file's requests */
export interface FileCallback {
	requestId: string
	shareId: string
	/** The name the recipient gave: plain text */
	requesterName: string
	state: CallbackState['state']
	/** Unix time in seconds */
	requestedAt: number
	/** Empty when the recipient left none */
	message: string
	calledBackAt: number | null
	/** The recipient's page polled within the last 30 s: "Call back" still reaches it */
	pageOpen: boolean
	shareDeleted: boolean
}

/**
 * The callbacks recipients asked for on the file's requests, newest request first
 *
 * @param fileId - the file
 */
export async function listFileCallbacks(fileId: number): Promise<FileCallback[]> {
	const url = generateOcsUrl('apps/video_verification/api/v1/files/{fileId}/callbacks', { fileId })
	const response = await axios.get<OcsResponse<FileCallback[]>>(url, { headers: { ...OCS_HEADERS } })
	return response.data.ocs.data
}

/**
 * "Call back": the recipient's open page sees it and calls the sharer again
 *
 * @param requestId - the request whose recipient asked
 */
export async function callBack(requestId: string): Promise<CallbackState> {
	const url = generateOcsUrl('apps/video_verification/api/v1/requests/{requestId}/call-back', { requestId })
	const response = await axios.post<OcsResponse<CallbackState>>(url, {}, { headers: { ...OCS_HEADERS } })
	return response.data.ocs.data
}

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { VerificationRecord } from './decisions.ts'
import type { OcsResponse } from './types.ts'

import axios from '@nextcloud/axios'
import { generateOcsUrl } from '@nextcloud/router'

const OCS_HEADERS = Object.freeze({ 'OCS-APIRequest': 'true' })

/**
 * The sharer asks the person on the call to show an ID document: the first call draws 3
 * security-feature checks, later calls keep them. 404 unknown/not yours, 409 decided.
 *
 * @param requestId - the request
 */
export async function startIdCheck(requestId: string): Promise<VerificationRecord> {
	const url = generateOcsUrl('apps/video_verification/api/v1/requests/{requestId}/id-check', { requestId })
	const response = await axios.post<OcsResponse<VerificationRecord>>(url, undefined, { headers: { ...OCS_HEADERS } })
	return response.data.ocs.data
}

/**
 * Show one of the drawn checks on the recipient's screen
 *
 * @param requestId - the request
 * @param step - which check, from 0
 */
export async function showIdCheckStep(requestId: string, step: number): Promise<VerificationRecord> {
	const url = generateOcsUrl('apps/video_verification/api/v1/requests/{requestId}/id-check/step', { requestId })
	const response = await axios.post<OcsResponse<VerificationRecord>>(url, { step }, { headers: { ...OCS_HEADERS } })
	return response.data.ocs.data
}

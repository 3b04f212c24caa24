/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { OcsResponse } from './types.ts'

import axios from '@nextcloud/axios'
import { generateOcsUrl } from '@nextcloud/router'

const OCS_HEADERS = Object.freeze({ 'OCS-APIRequest': 'true' })

/** `Grant`: a browser session a verification unlocked a share for */
export interface Grant {
	grantId: string
	requestId: string
	shareId: string
	/** The name the recipient gave: plain text */
	requesterName: string
	requesterEmail: string | null
	/** Unix time in seconds of the decision (of the unlock when the password was told) */
	verifiedAt: number
	verifiedBy: string | null
	verifiedByDisplayName: string | null
	releasedBy: 'approve' | 'password' | null
	createdAt: number
	/** Written at most once a minute */
	lastUsedAt: number
	endedAt: number | null
	endReason: 'revoked' | 'expired' | 'password_changed' | 'verification_off' | 'share_deleted' | null
}

/**
 * The grants of a share that still hold, oldest first (owner and initiator only)
 *
 * @param shareId - the share
 */
export async function listShareGrants(shareId: string): Promise<Grant[]> {
	const url = generateOcsUrl('apps/video_verification/api/v1/shares/{shareId}/grants', { shareId })
	const response = await axios.get<OcsResponse<Grant[]>>(url, { headers: { ...OCS_HEADERS } })
	return response.data.ocs.data
}

/**
 * Take a grant back: the browser needs the password page again on its next request
 *
 * @param grantId - the grant
 */
export async function revokeGrant(grantId: string): Promise<Grant> {
	const url = generateOcsUrl('apps/video_verification/api/v1/grants/{grantId}', { grantId })
	const response = await axios.delete<OcsResponse<Grant>>(url, { headers: { ...OCS_HEADERS } })
	return response.data.ocs.data
}

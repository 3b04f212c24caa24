/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { CallMedia, VerificationRequestStatus } from './requests.ts'
import type { OcsResponse, ReleaseMode } from './types.ts'

import axios from '@nextcloud/axios'
import { generateOcsUrl } from '@nextcloud/router'
import { requestActionUrl } from './requests.ts'

// The sharer's calls (DecisionController): a file's verification records, approve and decline.
// The recipient's calls about their own request are in requests.ts.

const OCS_HEADERS = Object.freeze({ 'OCS-APIRequest': 'true' })

/**
 * URL of the verification records of a file
 *
 * @param fileId - the file
 */
export function fileRequestsUrl(fileId: number): string {
	return generateOcsUrl('apps/video_verification/api/v1/files/{fileId}/requests', { fileId })
}

/** What the sharer ticked before approving; every part is optional. */
export interface ApprovalChecklist {
	faceMatchesId?: boolean
	idFeaturesChecked?: boolean
	knownPerson?: boolean
	/** At most 500 characters */
	note?: string
	/** Keys of the ID check's prompts the sharer saw done (only prompts that were asked) */
	idChecksConfirmed?: string[]
}

/** The ID document check of a record: the prompts drawn for it and the one on the recipient's screen. */
export interface RecordIdCheck {
	prompts: { key: string, text: string }[]
	step: number
}

/** The note of a checklist has at most this many characters. */
export const CHECKLIST_NOTE_MAX_LENGTH = 500

/** `VideoVerificationRecord`: a request as its sharer sees it, kept as evidence. */
export interface VerificationRecord {
	requestId: string
	shareId: string
	fileId: number
	/** The file's name when the request was made */
	fileName: string
	requesterName: string
	requesterEmail: string | null
	/** The read-back code: "482 913" */
	code: string
	status: VerificationRequestStatus
	mode: ReleaseMode
	/** Unix times in seconds */
	createdAt: number
	expiresAt: number
	answeredAt: number | null
	decidedAt: number | null
	/** User id of who approved or declined */
	decidedBy: string | null
	decidedByDisplayName: string | null
	checklist: Required<ApprovalChecklist> | null
	releasedBy: ReleaseMode | null
	firstUsedAt: number | null
	shareDeleted: boolean
	idCheck: RecordIdCheck | null
	/** How the person was verified; null for records from before it was recorded */
	callMedia: CallMedia | null
}

/**
 * The verification records of every share of a file the user may edit, newest first (at most 100)
 *
 * @param fileId - the file
 */
export async function listFileRequests(fileId: number): Promise<VerificationRecord[]> {
	const response = await axios.get<OcsResponse<VerificationRecord[]>>(fileRequestsUrl(fileId), { headers: { ...OCS_HEADERS } })
	return response.data.ocs.data
}

/**
 * Approve a request (the sharer saw the caller and compared the code)
 *
 * @param requestId - the request
 * @param checklist - what the sharer checked, if they said
 */
export async function approveRequest(requestId: string, checklist?: ApprovalChecklist): Promise<VerificationRecord> {
	const body = checklist === undefined ? {} : { checklist }
	const response = await axios.post<OcsResponse<VerificationRecord>>(requestActionUrl(requestId, 'approve'), body, { headers: { ...OCS_HEADERS } })
	return response.data.ocs.data
}

/**
 * Decline a request
 *
 * @param requestId - the request
 */
export async function declineRequest(requestId: string): Promise<VerificationRecord> {
	const response = await axios.post<OcsResponse<VerificationRecord>>(requestActionUrl(requestId, 'decline'), undefined, { headers: { ...OCS_HEADERS } })
	return response.data.ocs.data
}

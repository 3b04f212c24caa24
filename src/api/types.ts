/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/** How the sharer releases the file once they have seen the caller. */
export type ReleaseMode = 'approve' | 'password'

/** `VideoVerificationShareSettings` of our OCS API (see docs/ARCHITECTURE.md). */
export interface ShareVerificationSettings {
	shareId: string
	enabled: boolean
	mode: ReleaseMode
	enabledBy: string | null
	/** Unix timestamp in seconds */
	enabledAt: number | null
	/** The share carries a random password the app generated and nobody knows */
	passwordGenerated: boolean
	talkAvailable: boolean
}

/** Body of `PUT /api/v1/shares/{shareId}`. */
export interface ShareVerificationUpdate {
	enabled: boolean
	mode: ReleaseMode
	password?: string
}

/** The `data` of every error answer of our OCS API. */
export interface ApiErrorBody {
	/** Machine readable code, e.g. `talk_unavailable` */
	error: string
	/** Translated text for people */
	message: string
}

/** The OCS envelope around every answer. */
export interface OcsResponse<T> {
	ocs: {
		meta: {
			status: string
			statuscode: number
			message?: string
		}
		data: T
	}
}

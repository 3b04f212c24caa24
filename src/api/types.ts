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

/** `VideoVerificationRecordChainCheck`: the outcome of checking the record chain (admins only). */
export interface RecordChainCheck {
	valid: boolean
	/** Records that matched before the check ended */
	checked: number
	/** Place of the last record retention removed; 0 before any removal */
	anchorSeq: number
	/** Place of the last sealed record */
	headSeq: number
	headHash: string
	problem: 'altered' | 'missing' | 'unsealed' | 'head_mismatch' | null
	/** The record the problem names */
	requestId: string | null
	seq: number | null
	/** English sentence for logs */
	message: string
}

/** `VideoVerificationAdminSettings`: the administrator's policy (admin API and initial state `admin_settings`). */
export interface AdminSettings {
	/** 'groups': only members of allowedGroups (and of requiredGroups) may use the option */
	usableBy: 'everyone' | 'groups'
	allowedGroups: string[]
	/** Link and e-mail shares made by their members must use video verification */
	requiredGroups: string[]
	defaultMode: ReleaseMode
	/** How long an unanswered request lives, 1–1440 */
	requestTtlMinutes: number
	/** How long a verified grant lasts, 0 = until the browser session ends */
	grantTtlMinutes: number
	/** How long verification records are kept, 0 = forever */
	retentionDays: number
	/** A recipient without a camera may call with audio only */
	allowCallsWithoutVideo: boolean
}

/** `VideoVerificationOfficeHours`: when the user takes verification calls (office-hours API and initial state `office_hours` of the personal page). */
export interface OfficeHours {
	/** false: calls ring at any time, the other fields are empty */
	enabled: boolean
	/** ISO weekdays, 1 (Monday) to 7 (Sunday), sorted */
	days: number[]
	/** "HH:MM" in the user's time zone */
	from: string | null
	/** "HH:MM", exclusive, later than `from` */
	to: string | null
	/** e.g. "Mon–Fri 9:00–17:00", null when not enabled */
	summary: string | null
}

/** Body of `PUT /api/v1/office-hours` */
export type OfficeHoursUpdate = { enabled: false } | { enabled: true, days: number[], from: string, to: string }

/** Initial state `share_policy` of the Files page: what the policy means for the current user. */
export interface SharePolicy {
	/** The administrator lets this user use the option */
	allowed: boolean
	/** This user's link and e-mail shares must use it: the switch is on and locked */
	required: boolean
	defaultMode: ReleaseMode
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

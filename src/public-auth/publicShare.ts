/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { ReleaseMode } from '../api/types.ts'

/** Initial state `public_share` of the password page of a verified share. */
export interface PublicShareState {
	/** 3 = link, 4 = e-mail */
	shareType: number
	fileName: string
	mode: ReleaseMode
	/** The address the share was sent to (e-mail shares only) */
	recipientEmail: string | null
	/** The administrator allows calls without video (a recipient without a camera) */
	allowCallsWithoutVideo?: boolean
}

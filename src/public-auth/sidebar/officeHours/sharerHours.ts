/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { loadState } from '@nextcloud/initial-state'

/** Initial state `office_hours` of the password page: null when the sharer takes calls at any time */
export interface SharerHours {
	/** Whether the sharer takes calls now (when the page loaded) */
	open: boolean
	/** "The sharer takes calls Mon–Fri 9:00–17:00 (their time)." */
	summary: string
}

/**
 * When the sharer takes calls, if they set office hours
 */
export function sharerHours(): SharerHours | null {
	return loadState<SharerHours | null>('video_verification', 'office_hours', null)
}

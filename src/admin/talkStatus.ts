/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/** Initial state `talk_status` of the admin page. */
export interface TalkStatus {
	/** Talk is installed and enabled */
	installed: boolean
	/** Talk is not limited to some groups */
	enabledForAll: boolean
	version: string | null
}

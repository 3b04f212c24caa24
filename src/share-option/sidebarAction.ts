/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { ISidebarAction } from '@nextcloud/sharing/ui'

import { ShareType } from '@nextcloud/sharing'
import { sharePolicy } from './sharePolicy.ts'

export const ELEMENT_NAME = 'oca_video_verification-sharing_action'

/** Link and e-mail shares are the two that carry a password and a public page. */
const SUPPORTED_SHARE_TYPES: readonly number[] = [ShareType.Link, ShareType.Email]

export const sidebarAction: ISidebarAction = {
	id: 'video_verification',
	element: ELEMENT_NAME,
	// Higher shows first: the password options belong above the download limit (20)
	order: 50,
	enabled(share) {
		// Users the administrator did not allow do not see the option (the API refuses them too)
		return SUPPORTED_SHARE_TYPES.includes(share.type) && sharePolicy().allowed
	},
}

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { ISidebarSection } from '@nextcloud/sharing/ui'

export const SECTION_ELEMENT_NAME = 'oca_video_verification-sharing_section'

/** The "Video verification" section of the Sharing tab: the node's requests and records. */
export const sidebarSection: ISidebarSection = {
	id: 'video_verification',
	element: SECTION_ELEMENT_NAME,
	order: 50,
	enabled(node) {
		// Records are kept per file id; a node without one (not yet saved) has none
		return typeof node.fileid === 'number'
	},
}

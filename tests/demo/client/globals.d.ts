/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { ISidebarAction } from '@nextcloud/sharing/ui'

declare global {
	interface Window {
		/** App id to web root, rendered into the page head by Nextcloud (core/templates/layout.user.php). */
		_oc_appswebroots?: Record<string, string>
		/** The registry `@nextcloud/sharing/ui` keeps on window, shared by every bundle of the page. */
		_nc_files_sharing_sidebar_actions?: Map<string, ISidebarAction>
	}
}

export {}

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { INode } from '@nextcloud/files'
import type { IShare } from '@nextcloud/sharing'
import type { ISidebarAction } from '@nextcloud/sharing/ui'

/**
 * The registered actions to render for a share, as views/SharingDetailsTab.vue
 * computes `sortedExternalShareActions`: of the actions read from the library's
 * registry (`getSidebarActions()`, a Map on `window`, so actions registered by
 * other bundles are seen), keep those whose `enabled(share, node)` is true,
 * lowest `order` first.
 *
 * @param actions the registered actions, read when the details opened
 * @param share the share the details view edits
 * @param node the shared node
 */
export function enabledSidebarActions(actions: ISidebarAction[], share: IShare, node: INode): ISidebarAction[] {
	return actions
		.filter((action) => action.enabled(share, node))
		.sort((a, b) => a.order - b.order)
}

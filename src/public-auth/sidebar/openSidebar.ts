/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { App } from 'vue'
import type { PublicShareState } from '../publicShare.ts'

import { ShareType } from '@nextcloud/sharing'
import { getSharingToken } from '@nextcloud/sharing/public'
import { createApp, h, nextTick, ref } from 'vue'
import RequestSidebar from './RequestSidebar.vue'

export const SIDEBAR_ID = 'video-verification-sidebar'

export interface SidebarHandle {
	id: string
	isOpen(): boolean
	focus(): void
	close(): void
}

export interface SidebarOptions {
	/** Called after the sidebar closed (by its button, Escape, or close()) */
	onClose(): void
}

// What the caller typed survives closing and opening the sidebar again
const draftName = ref<string | null>(null)

/**
 * Mount the sidebar at the end of the page and move the focus into it
 *
 * @param share - the initial state of the page
 * @param options - callbacks
 */
export function openSidebar(share: PublicShareState, options: SidebarOptions): SidebarHandle {
	const container = document.createElement('div')
	container.className = 'video-verification-sidebar-container'
	document.body.appendChild(container)

	let app: App | null = null
	const close = (): void => {
		if (app === null) {
			return
		}
		app.unmount()
		app = null
		container.remove()
		options.onClose()
	}

	// Without a token the server refuses the request, and the sidebar says so
	const shareToken = getSharingToken() ?? ''
	const suggestedName = share.shareType === ShareType.Email ? (share.recipientEmail ?? '') : ''
	app = createApp({
		render: () => h(RequestSidebar, {
			id: SIDEBAR_ID,
			fileName: share.fileName,
			mode: share.mode,
			allowCallsWithoutVideo: share.allowCallsWithoutVideo === true,
			shareToken,
			name: draftName.value ?? suggestedName,
			'onUpdate:name': (name: string) => {
				draftName.value = name
			},
			onClose: close,
		}),
	})
	app.mount(container)

	const focus = (): void => {
		container.querySelector<HTMLElement>('[data-sidebar-focus]')?.focus()
	}
	nextTick(focus)

	return {
		id: SIDEBAR_ID,
		isOpen: () => app !== null,
		focus,
		close,
	}
}

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { PublicShareState } from './publicShare.ts'
import type { SidebarHandle } from './sidebar/openSidebar.ts'

import { loadState } from '@nextcloud/initial-state'
import { t } from '@nextcloud/l10n'
import { keepPlaced } from './mountPoint.ts'
import { createRequestButton } from './requestButton.ts'

import './public-auth.css'

const share = loadState<PublicShareState>('video_verification', 'public_share')

let sidebar: SidebarHandle | null = null

const request = createRequestButton(async () => {
	if (sidebar?.isOpen()) {
		sidebar.focus()
		return
	}
	request.setError(null)
	request.setBusy(true)
	try {
		// The sidebar (Vue and its components) loads only when someone asks for it
		const { openSidebar } = await import('./sidebar/openSidebar.ts')
		sidebar = openSidebar(share, {
			onClose() {
				request.setExpanded(false)
				request.button.focus()
			},
		})
		request.setExpanded(true, sidebar.id)
	} catch {
		request.setError(t('video_verification', 'The video call could not be loaded. Reload the page and try again.'))
	} finally {
		request.setBusy(false)
	}
})

keepPlaced(request.root)

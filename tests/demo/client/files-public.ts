/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { loadPublicShareNodes, renderNodes } from './files-public/publicShareFiles.ts'

import './shared/theme.css'

// The share page's file list, filled over public WebDAV as Nextcloud's Files public page does.
const list = document.getElementById('public-share-files')
if (list) {
	list.dataset.state = 'loading'
	loadPublicShareNodes()
		.then((nodes) => {
			renderNodes(list, nodes)
			list.dataset.state = 'loaded'
		})
		.catch((error: unknown) => {
			list.dataset.state = 'error'
			const message = document.createElement('li')
			message.setAttribute('role', 'alert')
			message.textContent = 'The file list could not be loaded: ' + (error instanceof Error ? error.message : String(error))
			list.replaceChildren(message)
		})
}

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { DemoFile } from './files/node.ts'

import { loadState } from '@nextcloud/initial-state'
import { createApp } from 'vue'
import FilesApp from './files/FilesApp.vue'
import { nodeFromDemoFile } from './files/node.ts'

import '@nextcloud/dialogs/style.css'
import './shared/theme.css'

// The Files page of the demo: the folder's files and, for the selected one, the sidebar's
// Sharing tab. Our app's init script ran before this bundle, so its sidebar action is registered.
const files = loadState<DemoFile[]>('demo', 'files', [])
const file = loadState<DemoFile | null>('demo', 'file', null)
const requestedShare = Number.parseInt(new URLSearchParams(window.location.search).get('share') ?? '')
const content = document.getElementById('content')
if (!content) {
	throw new Error('The Files page has no #content element to render into')
}

createApp(FilesApp, {
	files,
	file,
	node: file === null ? null : nodeFromDemoFile(file),
	initialShareId: Number.isNaN(requestedShare) ? undefined : requestedShare,
}).mount(content)

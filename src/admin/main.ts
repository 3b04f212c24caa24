/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { TalkStatus } from './talkStatus.ts'

import { loadState } from '@nextcloud/initial-state'
import { createApp } from 'vue'
import AdminSettings from './AdminSettings.vue'

const container = document.getElementById('video-verification-admin')
if (container) {
	const talkStatus = loadState<TalkStatus>('video_verification', 'talk_status')
	createApp(AdminSettings, { talkStatus }).mount(container)
}

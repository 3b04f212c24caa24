/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { AdminSettings as Settings } from '../api/types.ts'
import type { GroupOption, SetupCheckResult } from './adminState.ts'
import type { TalkStatus } from './talkStatus.ts'

import { loadState } from '@nextcloud/initial-state'
import { createApp } from 'vue'
import AdminSettings from './AdminSettings.vue'

const container = document.getElementById('video-verification-admin')
if (container) {
	createApp(AdminSettings, {
		talkStatus: loadState<TalkStatus>('video_verification', 'talk_status'),
		settings: loadState<Settings>('video_verification', 'admin_settings'),
		groups: loadState<GroupOption[]>('video_verification', 'groups', []),
		setupChecks: loadState<SetupCheckResult[]>('video_verification', 'setup_checks', []),
	}).mount(container)
}

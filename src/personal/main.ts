/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { OfficeHours } from '../api/types.ts'

import { loadState } from '@nextcloud/initial-state'
import { createApp } from 'vue'
import OfficeHoursSettings from './OfficeHoursSettings.vue'

const container = document.getElementById('video-verification-personal')
if (container) {
	createApp(OfficeHoursSettings, {
		hours: loadState<OfficeHours>('video_verification', 'office_hours'),
		timezone: loadState<string>('video_verification', 'timezone', 'UTC'),
	}).mount(container)
}

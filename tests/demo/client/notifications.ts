/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { createApp } from 'vue'
import NotificationsHeader from './notifications/NotificationsHeader.vue'

import '@nextcloud/dialogs/style.css'
import './shared/theme.css'

// The bell of Nextcloud's notifications app in the page header, on every page of the signed-in user.
const target = document.getElementById('demo-notifications')
if (target) {
	createApp(NotificationsHeader).mount(target)
}

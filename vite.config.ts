/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { createAppConfig } from '@nextcloud/vite-config'
import { join, resolve } from 'node:path'

// One entry per surface: Nextcloud loads js/video_verification-<entry>.mjs
// and css/video_verification-<entry>.css for each of them.
export default createAppConfig({
	'share-option': resolve(join('src', 'share-option', 'main.ts')),
	'public-auth': resolve(join('src', 'public-auth', 'main.ts')),
	admin: resolve(join('src', 'admin', 'main.ts')),
}, {
	appName: 'video_verification',
	createEmptyCSSEntryPoints: true,
	extractLicenseInformation: false,
})

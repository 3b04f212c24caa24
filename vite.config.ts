/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { createAppConfig } from '@nextcloud/vite-config'
import { join, resolve } from 'node:path'

// One entry per surface: Nextcloud loads js/video_verification-<entry>.mjs
// and css/video_verification-<entry>.css for each of them. The password page's entry is
// built on its own (vite.public-auth.config.ts, run second by `npm run build`), so
// that it shares no chunk with these and loads as one script and one style.
export default createAppConfig({
	'share-option': resolve(join('src', 'share-option', 'main.ts')),
	admin: resolve(join('src', 'admin', 'main.ts')),
	personal: resolve(join('src', 'personal', 'main.ts')),
}, {
	appName: 'video_verification',
	createEmptyCSSEntryPoints: true,
	extractLicenseInformation: false,
	// js/ is emptied by the plugin; css/ too, so no stale chunk ships
	emptyOutputDirectory: { additionalDirectories: ['css'] },
})

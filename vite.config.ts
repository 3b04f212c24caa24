/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { createAppConfig } from '@nextcloud/vite-config'
import { join, resolve } from 'node:path'
import { appRootBuildLogger } from './vite.logger.ts'

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
	config: {
		customLogger: appRootBuildLogger(),
		build: {
			// The Files page's bundle carries Vue and @nextcloud/vue (about 570 kB minified, 150 kB
			// gzipped), as every app's does; the password page, where size counts, has its own
			// budgets in tests/e2e/budgets.e2e.ts
			chunkSizeWarningLimit: 700,
		},
	},
})

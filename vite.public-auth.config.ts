/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Plugin } from 'vite'

import { createAppConfig } from '@nextcloud/vite-config'
import { join, resolve } from 'node:path'
import { appRootBuildLogger } from './vite.logger.ts'

const styleEntry = 'css/video_verification-public-auth.css'

/**
 * The password page loads our script and style before anyone clicks (at most 2 requests,
 * see docs/PERFORMANCE.md). Built alone, every module the entry and its lazily loaded sidebar
 * share lands in the entry, so the script imports no chunk; and the style entry, which
 * @nextcloud/vite-config writes as `@import`s of the CSS chunks, gets their rules instead.
 */
function inlineStyleEntryImports(): Plugin {
	return {
		name: 'video-verification-inline-style-entry',
		enforce: 'post',
		generateBundle(_options, bundle) {
			const entry = bundle[styleEntry]
			if (entry === undefined || entry.type !== 'asset') {
				this.error(`${styleEntry} was not generated`)
			}
			const scripts = Object.values(bundle).flatMap((output) => output.type === 'chunk' ? [output.code] : [])
			entry.source = String(entry.source).replace(/@import '\.\/([^']+)';/g, (_line, file: string) => {
				const imported = bundle[`css/${file}`]
				if (imported === undefined || imported.type !== 'asset') {
					this.error(`${styleEntry} imports css/${file}, which was not generated`)
				}
				// Inlined, the chunk is needed only where a script still loads it
				if (!scripts.some((code) => code.includes(file))) {
					delete bundle[`css/${file}`]
				}
				return String(imported.source)
			})
		},
	}
}

export default createAppConfig({
	'public-auth': resolve(join('src', 'public-auth', 'main.ts')),
}, {
	appName: 'video_verification',
	createEmptyCSSEntryPoints: true,
	extractLicenseInformation: false,
	// Runs after vite.config.ts, whose output must stay
	emptyOutputDirectory: false,
	config: {
		customLogger: appRootBuildLogger(),
		plugins: [inlineStyleEntryImports()],
	},
})

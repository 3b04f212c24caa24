/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { createLogger } from 'vite'

/**
 * Vite's logger without the one warning every Nextcloud app build gets: @nextcloud/vite-config
 * writes js/ and css/ into the app's root on purpose (Nextcloud serves them from there) and
 * never empties the root, so "build.outDir must not be the same directory of root" is known and
 * harmless. Every other message passes.
 */
export function appRootBuildLogger() {
	const logger = createLogger()
	const warn = logger.warn.bind(logger)
	logger.warn = (message, options) => {
		if (message.includes('build.outDir must not be the same directory of root')) {
			return
		}
		warn(message, options)
	}
	return logger
}

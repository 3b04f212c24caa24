/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

export default defineConfig({
	plugins: [vue()],
	test: {
		include: ['tests/js/**/*.spec.ts'],
		environment: 'happy-dom',
		setupFiles: ['tests/js/setup.ts'],
		restoreMocks: true,
		server: {
			deps: {
				inline: [/@nextcloud\//],
			},
		},
	},
})

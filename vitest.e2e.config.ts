/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { defineConfig } from 'vitest/config'

// End-to-end journeys: real Chromium (playwright-core) against the demo host, which
// tests/e2e/support/globalSetup.ts starts once for the run. `npm run test:e2e`
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.e2e.ts'],
		environment: 'node',
		globalSetup: ['tests/e2e/support/globalSetup.ts'],
		setupFiles: ['tests/e2e/support/contractCheck.ts'],
		// One demo host and its shared state: journeys run one file at a time.
		fileParallelism: false,
		testTimeout: 60_000,
		hookTimeout: 60_000,
		teardownTimeout: 30_000,
	},
})

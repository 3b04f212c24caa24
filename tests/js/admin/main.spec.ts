/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'

const mocks = vi.hoisted(() => ({
	loadState: vi.fn(),
}))

vi.mock('@nextcloud/initial-state', () => ({
	loadState: mocks.loadState,
}))

describe('admin entry point', () => {
	beforeEach(() => {
		vi.resetModules()
		mocks.loadState.mockReset()
	})

	it('mounts into #video-verification-admin with the Talk status, the policy and the setup checks', async () => {
		document.body.innerHTML = '<div id="video-verification-admin"></div>'
		mocks.loadState.mockImplementation((_app: string, key: string, fallback?: unknown) => ({
			talk_status: { installed: false, enabledForAll: false, version: null },
			admin_settings: { usableBy: 'everyone', allowedGroups: [], requiredGroups: [], defaultMode: 'approve', requestTtlMinutes: 15, grantTtlMinutes: 0, retentionDays: 365 },
			setup_checks: [{ name: 'Video verification: Nextcloud Talk', severity: 'error', description: 'Not installed' }],
		} as Record<string, unknown>)[key] ?? fallback)

		await import('../../../src/admin/main.ts')
		await flushPromises()

		expect(mocks.loadState).toHaveBeenCalledWith('video_verification', 'talk_status')
		expect(mocks.loadState).toHaveBeenCalledWith('video_verification', 'admin_settings')
		expect(document.body.textContent).toContain('Video verification needs Nextcloud Talk.')
		expect(document.body.textContent).toContain('Not installed')
		expect(document.querySelector<HTMLInputElement>('input[type="number"]')?.value).toBe('15')
	})

	it('does nothing on a page without its container', async () => {
		document.body.innerHTML = '<div id="something-else"></div>'

		await import('../../../src/admin/main.ts')

		expect(mocks.loadState).not.toHaveBeenCalled()
		expect(document.body.innerHTML).toBe('<div id="something-else"></div>')
	})
})

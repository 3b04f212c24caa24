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

	it('mounts into #video-verification-admin with the Talk status', async () => {
		document.body.innerHTML = '<div id="video-verification-admin"></div>'
		mocks.loadState.mockReturnValue({ installed: false, enabledForAll: false, version: null })

		await import('../../../src/admin/main.ts')
		await flushPromises()

		expect(mocks.loadState).toHaveBeenCalledWith('video_verification', 'talk_status')
		expect(document.body.textContent).toContain('Video verification needs Nextcloud Talk.')
	})

	it('does nothing on a page without its container', async () => {
		document.body.innerHTML = '<div id="something-else"></div>'

		await import('../../../src/admin/main.ts')

		expect(mocks.loadState).not.toHaveBeenCalled()
		expect(document.body.innerHTML).toBe('<div id="something-else"></div>')
	})
})

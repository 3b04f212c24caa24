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

describe('personal entry point', { timeout: 30_000 }, () => {
	beforeEach(() => {
		vi.resetModules()
		mocks.loadState.mockReset()
	})

	it('mounts into #video-verification-personal with the saved office hours and the time zone', async () => {
		document.body.innerHTML = '<div id="video-verification-personal"></div>'
		mocks.loadState.mockImplementation((_app: string, key: string, fallback?: unknown) => ({
			office_hours: { enabled: true, days: [6, 7], from: '10:00', to: '12:00', summary: 'Sat, Sun 10:00–12:00' },
			timezone: 'America/New_York',
		} as Record<string, unknown>)[key] ?? fallback)

		await import('../../../src/personal/main.ts')
		await flushPromises()

		expect(mocks.loadState).toHaveBeenCalledWith('video_verification', 'office_hours')
		expect(document.body.textContent).toContain('Calls ring Sat, Sun 10:00–12:00.')
		expect(document.body.textContent).toContain('(America/New_York)')
		expect(document.querySelector<HTMLInputElement>('input[name="video-verification-office-from"]')?.value).toBe('10:00')
	})

	it('does nothing on a page without its container', async () => {
		document.body.innerHTML = '<div id="something-else"></div>'

		await import('../../../src/personal/main.ts')

		expect(mocks.loadState).not.toHaveBeenCalled()
		expect(document.body.innerHTML).toBe('<div id="something-else"></div>')
	})
})

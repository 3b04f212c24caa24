/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { ShareVerificationSettings } from '../../../src/api/types.ts'

import { beforeEach, describe, expect, it, vi } from 'vitest'
import { getShareSettings, shareSettingsUrl, updateShareSettings } from '../../../src/api/shareSettings.ts'

const mocks = vi.hoisted(() => ({
	get: vi.fn(),
	put: vi.fn(),
}))

vi.mock('@nextcloud/axios', () => ({
	default: {
		get: mocks.get,
		put: mocks.put,
	},
}))

const settings: ShareVerificationSettings = {
	shareId: '42',
	enabled: true,
	mode: 'approve',
	enabledBy: 'alice',
	enabledAt: 1790000000,
	passwordGenerated: true,
	talkAvailable: true,
}

const ocs = (data: unknown) => ({ data: { ocs: { meta: { status: 'ok', statuscode: 200 }, data } } })

describe('share settings api', () => {
	beforeEach(() => {
		mocks.get.mockReset()
		mocks.put.mockReset()
	})

	it('builds the OCS v2 url of a share', () => {
		expect(new URL(shareSettingsUrl('42'), 'http://nextcloud.test').pathname)
			.toBe('/ocs/v2.php/apps/video_verification/api/v1/shares/42')
	})

	it('escapes the share id in the url', () => {
		expect(shareSettingsUrl('4/2?x')).toMatch(/\/api\/v1\/shares\/4%2F2%3Fx$/)
	})

	it('GETs the settings and unwraps the OCS envelope', async () => {
		mocks.get.mockResolvedValue(ocs(settings))

		await expect(getShareSettings('42')).resolves.toEqual(settings)
		expect(mocks.get).toHaveBeenCalledTimes(1)
		expect(mocks.get).toHaveBeenCalledWith(shareSettingsUrl('42'))
	})

	it('PUTs the wanted state as body', async () => {
		mocks.put.mockResolvedValue(ocs({ ...settings, mode: 'password', passwordGenerated: false }))

		const result = await updateShareSettings('42', { enabled: true, mode: 'password', password: 'Tell me 123' })

		expect(mocks.put).toHaveBeenCalledWith(shareSettingsUrl('42'), { enabled: true, mode: 'password', password: 'Tell me 123' })
		expect(result.mode).toBe('password')
	})

	it('passes a failed request on to the caller', async () => {
		const failure = new Error('Request failed with status code 412')
		mocks.put.mockRejectedValue(failure)

		await expect(updateShareSettings('42', { enabled: true, mode: 'approve' })).rejects.toBe(failure)
	})
})

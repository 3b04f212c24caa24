/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { listShareGrants, revokeGrant } from '../../../src/api/grants.ts'

const mocks = vi.hoisted(() => ({
	get: vi.fn(),
	delete: vi.fn(),
}))

vi.mock('@nextcloud/axios', () => ({
	default: {
		get: mocks.get,
		delete: mocks.delete,
	},
}))

const ocs = (data: unknown) => ({ data: { ocs: { meta: { status: 'ok', statuscode: 200 }, data } } })

describe('grants api', () => {
	beforeEach(() => {
		mocks.get.mockReset()
		mocks.delete.mockReset()
	})

	it('lists a share\'s grants from its OCS url', async () => {
		mocks.get.mockResolvedValue(ocs([{ grantId: '7' }]))

		await expect(listShareGrants('12')).resolves.toEqual([{ grantId: '7' }])
		expect(mocks.get).toHaveBeenCalledWith(expect.stringMatching(/\/ocs\/v2\.php\/apps\/video_verification\/api\/v1\/shares\/12\/grants$/), { headers: { 'OCS-APIRequest': 'true' } })
	})

	it('revokes a grant with DELETE', async () => {
		mocks.delete.mockResolvedValue(ocs({ grantId: '7', endReason: 'revoked' }))

		await expect(revokeGrant('7')).resolves.toEqual({ grantId: '7', endReason: 'revoked' })
		expect(mocks.delete).toHaveBeenCalledWith(expect.stringMatching(/\/api\/v1\/grants\/7$/), { headers: { 'OCS-APIRequest': 'true' } })
	})
})

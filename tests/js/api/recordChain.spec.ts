/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it, vi } from 'vitest'
import { verifyRecordChain } from '../../../src/api/recordChain.ts'

const mocks = vi.hoisted(() => ({
	get: vi.fn(),
}))

vi.mock('@nextcloud/axios', () => ({
	default: {
		get: mocks.get,
	},
}))

describe('record chain api', () => {
	it('gets the check from the admin OCS endpoint and unwraps it', async () => {
		const check = { valid: true, checked: 0, anchorSeq: 0, headSeq: 0, headHash: '0'.repeat(64), problem: null, requestId: null, seq: null, message: 'whole' }
		mocks.get.mockResolvedValue({ data: { ocs: { meta: { status: 'ok', statuscode: 200 }, data: check } } })

		await expect(verifyRecordChain()).resolves.toEqual(check)
		expect(mocks.get).toHaveBeenCalledWith(expect.stringMatching(/\/ocs\/v2\.php\/apps\/video_verification\/api\/v1\/admin\/records\/verification$/))
	})
})

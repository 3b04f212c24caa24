/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { VerificationRecord } from '../../../src/api/decisions.ts'

import { beforeEach, describe, expect, it, vi } from 'vitest'
import { approveRequest, declineRequest, fileRequestsUrl, listFileRequests } from '../../../src/api/decisions.ts'
import { requestActionUrl } from '../../../src/api/requests.ts'

const mocks = vi.hoisted(() => ({
	get: vi.fn(),
	post: vi.fn(),
}))

vi.mock('@nextcloud/axios', () => ({
	default: {
		get: mocks.get,
		post: mocks.post,
	},
}))

const requestId = 'AbCdEfGhIjKlMnOpQrStUvWxYz012345'

const record: VerificationRecord = {
	requestId,
	shareId: '12',
	fileId: 42,
	fileName: 'Bank statement.pdf',
	requesterName: 'Bob Berg',
	requesterEmail: 'bob@example.com',
	code: '482 913',
	status: 'approved',
	mode: 'approve',
	createdAt: 1800000000,
	expiresAt: 1800000900,
	answeredAt: 1800000030,
	decidedAt: 1800000060,
	decidedBy: 'alice',
	decidedByDisplayName: 'Alice Adams',
	checklist: { faceMatchesId: true, idFeaturesChecked: false, knownPerson: false, note: '', idChecksConfirmed: [] },
	releasedBy: 'approve',
	firstUsedAt: null,
	shareDeleted: false,
	idCheck: null,
	callMedia: 'video',
}

const ocs = (data: unknown, statuscode = 200) => ({ data: { ocs: { meta: { status: 'ok', statuscode }, data } } })

describe('the sharer\'s decisions api', () => {
	beforeEach(() => {
		mocks.get.mockReset()
		mocks.post.mockReset()
	})

	it('builds the url of a file\'s records', () => {
		expect(new URL(fileRequestsUrl(42), 'http://nextcloud.test').pathname)
			.toBe('/ocs/v2.php/apps/video_verification/api/v1/files/42/requests')
	})

	it('lists a file\'s records', async () => {
		mocks.get.mockResolvedValue(ocs([record]))

		await expect(listFileRequests(42)).resolves.toEqual([record])
		expect(mocks.get).toHaveBeenCalledWith(fileRequestsUrl(42), { headers: { 'OCS-APIRequest': 'true' } })
	})

	it('approves with the checklist, or with an empty body without one', async () => {
		mocks.post.mockResolvedValue(ocs(record))
		const checklist = { faceMatchesId: true, idFeaturesChecked: true, knownPerson: false, note: 'Passport' }

		await expect(approveRequest(requestId, checklist)).resolves.toEqual(record)
		expect(mocks.post).toHaveBeenCalledWith(requestActionUrl(requestId, 'approve'), { checklist }, { headers: { 'OCS-APIRequest': 'true' } })

		await approveRequest(requestId)
		expect(mocks.post).toHaveBeenLastCalledWith(requestActionUrl(requestId, 'approve'), {}, { headers: { 'OCS-APIRequest': 'true' } })
	})

	it('declines', async () => {
		mocks.post.mockResolvedValue(ocs({ ...record, status: 'declined' }))

		await expect(declineRequest(requestId)).resolves.toMatchObject({ status: 'declined' })
		expect(mocks.post).toHaveBeenCalledWith(requestActionUrl(requestId, 'decline'), undefined, { headers: { 'OCS-APIRequest': 'true' } })
	})
})

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { RegisteredRequest, VerificationRequestState } from '../../../src/api/requests.ts'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { cancelRequest, cancelRequestOnPageUnload, getRequest, isFinalStatus, registerRequest, reportProgress, requestActionUrl, requestsUrl, requestUrl, submitPassword } from '../../../src/api/requests.ts'

const mocks = vi.hoisted(() => ({
	get: vi.fn(),
	post: vi.fn(),
	delete: vi.fn(),
}))

vi.mock('@nextcloud/axios', () => ({
	default: {
		get: mocks.get,
		post: mocks.post,
		delete: mocks.delete,
	},
}))

vi.mock('@nextcloud/auth', () => ({
	getRequestToken: () => 'the-request-token',
}))

const requestId = 'AbCdEfGhIjKlMnOpQrStUvWxYz012345'
const secret = 'S3cretS3cretS3cretS3cretS3cretS3cretS3cretS3cret'

const created: RegisteredRequest = {
	requestId,
	secret,
	code: '482 913',
	expiresAt: 1800000900,
	mode: 'approve',
}

const state: VerificationRequestState = {
	requestId,
	status: 'requested',
	code: '482 913',
	expiresAt: 1800000900,
	mode: 'approve',
	idCheck: null,
}

const ocs = (data: unknown, statuscode = 200) => ({ data: { ocs: { meta: { status: 'ok', statuscode }, data } } })

describe('verification requests api', () => {
	beforeEach(() => {
		mocks.get.mockReset()
		mocks.post.mockReset()
		mocks.delete.mockReset()
	})

	afterEach(() => {
		vi.unstubAllGlobals()
	})

	it('builds the OCS v2 urls', () => {
		expect(new URL(requestsUrl(), 'http://nextcloud.test').pathname)
			.toBe('/ocs/v2.php/apps/video_verification/api/v1/requests')
		expect(new URL(requestUrl(requestId), 'http://nextcloud.test').pathname)
			.toBe(`/ocs/v2.php/apps/video_verification/api/v1/requests/${requestId}`)
	})

	it('escapes the request id in the url', () => {
		expect(requestUrl('a/b?c')).toMatch(/\/api\/v1\/requests\/a%2Fb%3Fc$/)
	})

	it('POSTs the share token and name and unwraps the created request', async () => {
		mocks.post.mockResolvedValue(ocs(created, 201))

		await expect(registerRequest('DemoContract001', 'Carol Cole')).resolves.toEqual(created)
		expect(mocks.post).toHaveBeenCalledWith(requestsUrl(), { shareToken: 'DemoContract001', displayName: 'Carol Cole' }, { headers: { 'OCS-APIRequest': 'true' } })
	})

	it('GETs a request with its secret in the header, never in the url', async () => {
		mocks.get.mockResolvedValue(ocs(state))

		await expect(getRequest(created)).resolves.toEqual(state)
		expect(mocks.get).toHaveBeenCalledWith(requestUrl(requestId), { headers: { 'OCS-APIRequest': 'true', 'X-Request-Secret': secret } })
		expect(mocks.get.mock.calls[0]?.[0]).not.toContain(secret)
	})

	it('DELETEs a request with its secret in the header', async () => {
		mocks.delete.mockResolvedValue(ocs({ ...state, status: 'cancelled' }))

		const result = await cancelRequest(created)

		expect(result.status).toBe('cancelled')
		expect(mocks.delete).toHaveBeenCalledWith(requestUrl(requestId), { headers: { 'OCS-APIRequest': 'true', 'X-Request-Secret': secret } })
	})

	it('passes a failed request on to the caller', async () => {
		const failure = new Error('Request failed with status code 429')
		mocks.post.mockRejectedValue(failure)

		await expect(registerRequest('DemoContract001', 'Carol')).rejects.toBe(failure)
	})

	it('cancels on page unload with a keepalive fetch that carries the secret and the request token', () => {
		const fetchMock = vi.fn().mockResolvedValue(new Response(null, { status: 200 }))
		vi.stubGlobal('fetch', fetchMock)

		cancelRequestOnPageUnload(created)

		expect(fetchMock).toHaveBeenCalledTimes(1)
		const [url, init] = fetchMock.mock.calls[0] ?? []
		expect(url).toBe(requestUrl(requestId))
		expect(init).toMatchObject({
			method: 'DELETE',
			keepalive: true,
			credentials: 'same-origin',
			headers: { 'OCS-APIRequest': 'true', requesttoken: 'the-request-token', 'X-Request-Secret': secret },
		})
	})

	it('swallows a failed unload fetch', async () => {
		const fetchMock = vi.fn().mockRejectedValue(new TypeError('Failed to fetch'))
		vi.stubGlobal('fetch', fetchMock)

		expect(() => cancelRequestOnPageUnload(created)).not.toThrow()
		await Promise.resolve()
		expect(fetchMock).toHaveBeenCalledTimes(1)
	})

	it('builds the urls of a request\'s actions', () => {
		expect(new URL(requestActionUrl(requestId, 'progress'), 'http://nextcloud.test').pathname)
			.toBe(`/ocs/v2.php/apps/video_verification/api/v1/requests/${requestId}/progress`)
		expect(new URL(requestActionUrl('a/b', 'approve'), 'http://nextcloud.test').pathname)
			.toBe('/ocs/v2.php/apps/video_verification/api/v1/requests/a%2Fb/approve')
	})

	it('reports the call\'s progress with the secret in the header', async () => {
		mocks.post.mockResolvedValue(ocs({ ...state, status: 'ringing' }))

		await expect(reportProgress(created, 'ringing')).resolves.toMatchObject({ status: 'ringing' })
		expect(mocks.post).toHaveBeenCalledWith(requestActionUrl(requestId, 'progress'), { stage: 'ringing' }, { headers: { 'OCS-APIRequest': 'true', 'X-Request-Secret': secret } })

		await reportProgress(created, 'answered')
		expect(mocks.post).toHaveBeenLastCalledWith(requestActionUrl(requestId, 'progress'), { stage: 'answered' }, { headers: { 'OCS-APIRequest': 'true', 'X-Request-Secret': secret } })
	})

	it('sends the password in the body and the secret in the header', async () => {
		mocks.post.mockResolvedValue(ocs({ ...state, status: 'used', mode: 'password' }))

		await expect(submitPassword(created, 'Tr0ub4dor&3')).resolves.toMatchObject({ status: 'used' })
		expect(mocks.post).toHaveBeenCalledWith(requestActionUrl(requestId, 'password'), { password: 'Tr0ub4dor&3' }, { headers: { 'OCS-APIRequest': 'true', 'X-Request-Secret': secret } })
		expect(mocks.post.mock.calls[0]?.[0]).not.toContain('Tr0ub4dor')
	})

	it('passes a wrong password\'s 403 on to the caller', async () => {
		const failure = Object.assign(new Error('Request failed with status code 403'), { isAxiosError: true })
		mocks.post.mockRejectedValue(failure)

		await expect(submitPassword(created, 'wrong')).rejects.toBe(failure)
	})

	it('tells final states from open ones', () => {
		expect(['requested', 'ringing', 'approved'].map((status) => isFinalStatus(status as never))).toEqual([false, false, false])
		expect(['declined', 'expired', 'used', 'cancelled'].map((status) => isFinalStatus(status as never))).toEqual([true, true, true, true])
	})
})

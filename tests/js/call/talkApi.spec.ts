/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { TalkApiError } from '../../../src/call/errors.ts'
import * as talk from '../../../src/call/talkApi.ts'

const axiosMock = vi.hoisted(() => ({ request: vi.fn() }))
vi.mock('@nextcloud/axios', () => ({ default: axiosMock }))
vi.mock('@nextcloud/auth', () => ({ getRequestToken: () => 'csrf-token-123' }))

const OCS = '/ocs/v2.php/'

/**
 * @param data the `ocs.data` to answer with
 */
function ocsResponse(data: unknown) {
	return { status: 200, data: { ocs: { meta: { status: 'ok', statuscode: 200 }, data } } }
}

/**
 * The request the client made, with the URL reduced to its OCS path.
 *
 * @param index which call
 */
function request(index = 0) {
	const config = axiosMock.request.mock.calls[index]?.[0] as { url: string, method: string, data?: unknown, headers?: unknown, params?: unknown, signal?: AbortSignal }
	return { ...config, url: config.url.slice(config.url.indexOf(OCS)) }
}

beforeEach(() => {
	axiosMock.request.mockReset()
	axiosMock.request.mockResolvedValue(ocsResponse(null))
})

afterEach(() => {
	vi.unstubAllGlobals()
})

describe('talkApi requests', () => {
	const headers = { 'OCS-APIRequest': 'true', Accept: 'application/json' }

	it.each([
		['createVerificationRoom', () => talk.createVerificationRoom('shareTok'), 'POST', 'apps/spreed/api/v1/publicshareauth', { shareToken: 'shareTok' }],
		['joinRoom', () => talk.joinRoom('room1234'), 'POST', 'apps/spreed/api/v4/room/room1234/participants/active', { force: true }],
		['leaveRoom', () => talk.leaveRoom('room1234'), 'DELETE', 'apps/spreed/api/v4/room/room1234/participants/active', undefined],
		['setGuestName', () => talk.setGuestName('room1234', 'Rita'), 'POST', 'apps/spreed/api/v1/guest/room1234/name', { displayName: 'Rita' }],
		['joinCall', () => talk.joinCall('room1234', 7), 'POST', 'apps/spreed/api/v4/call/room1234', { flags: 7, silent: false }],
		['joinCall with consent to recording', () => talk.joinCall('room1234', 7, false, true), 'POST', 'apps/spreed/api/v4/call/room1234', { flags: 7, silent: false, recordingConsent: true }],
		['updateCallFlags', () => talk.updateCallFlags('room1234', 3), 'PUT', 'apps/spreed/api/v4/call/room1234', { flags: 3 }],
		['leaveCall', () => talk.leaveCall('room1234'), 'DELETE', 'apps/spreed/api/v4/call/room1234', undefined],
		['sendSignalingMessages', () => talk.sendSignalingMessages('room1234', '[]'), 'POST', 'apps/spreed/api/v3/signaling/room1234', { messages: '[]' }],
		['pullSignalingMessages', () => talk.pullSignalingMessages('room1234'), 'GET', 'apps/spreed/api/v3/signaling/room1234', undefined],
		['getSignalingSettings', () => talk.getSignalingSettings('room1234'), 'GET', 'apps/spreed/api/v3/signaling/settings', undefined],
		['getTalkCapabilities', () => talk.getTalkCapabilities(), 'GET', 'cloud/capabilities', undefined],
	])('%s sends the request of Talk\'s spec', async (_name, call, method, path, data) => {
		await call()
		const sent = request()
		expect(sent.method).toBe(method)
		expect(sent.url).toBe(OCS + path)
		expect(sent.data).toEqual(data)
		expect(sent.headers).toEqual(headers)
	})

	it('passes the room token of signaling settings as query parameter', async () => {
		await talk.getSignalingSettings('room1234')
		expect(request().params).toEqual({ token: 'room1234' })
	})

	it('unwraps ocs.data', async () => {
		axiosMock.request.mockResolvedValueOnce(ocsResponse({ token: 'room1234', name: 'r@example.com', displayName: 'r@example.com' }))
		await expect(talk.createVerificationRoom('shareTok')).resolves.toEqual({ token: 'room1234', name: 'r@example.com', displayName: 'r@example.com' })
		axiosMock.request.mockResolvedValueOnce(ocsResponse({ token: 'room1234', sessionId: 'abc' }))
		await expect(talk.joinRoom('room1234')).resolves.toMatchObject({ sessionId: 'abc' })
	})

	it('returns the spreed capabilities, or null without Talk', async () => {
		axiosMock.request.mockResolvedValueOnce(ocsResponse({ capabilities: { spreed: { features: ['audio'], config: {}, version: '23.0.0' } } }))
		await expect(talk.getTalkCapabilities()).resolves.toEqual({ features: ['audio'], config: {}, version: '23.0.0' })
		axiosMock.request.mockResolvedValueOnce(ocsResponse({ capabilities: { core: {} } }))
		await expect(talk.getTalkCapabilities()).resolves.toBeNull()
	})

	it('turns failures into a TalkApiError with status and ocs data', async () => {
		axiosMock.request.mockRejectedValueOnce({ response: { status: 403, data: { ocs: { meta: {}, data: { error: 'ban' } } } } })
		const error = await talk.joinRoom('room1234').catch((caught: unknown) => caught)
		expect(error).toBeInstanceOf(TalkApiError)
		expect(error).toMatchObject({ endpoint: 'room-join-room', status: 403, data: { error: 'ban' }, aborted: false })
	})

	it('reports a network failure without status', async () => {
		axiosMock.request.mockRejectedValueOnce(new Error('Network Error'))
		await expect(talk.leaveCall('room1234')).rejects.toMatchObject({ status: undefined, aborted: false })
	})

	it('marks an aborted pull as aborted', async () => {
		const abort = new AbortController()
		axiosMock.request.mockImplementationOnce(() => new Promise((_resolve, reject) => {
			abort.signal.addEventListener('abort', () => reject(new Error('canceled')))
		}))
		const pull = talk.pullSignalingMessages('room1234', abort.signal)
		expect(request().signal).toBe(abort.signal)
		abort.abort()
		await expect(pull).rejects.toMatchObject({ aborted: true })
	})

	it('leaves call then room with keepalive DELETE requests on page unload', () => {
		const fetchMock = vi.fn().mockResolvedValue(new Response(null))
		vi.stubGlobal('fetch', fetchMock)
		talk.leaveOnPageUnload('room1234')
		const urls = fetchMock.mock.calls.map(([url]) => String(url).slice(String(url).indexOf(OCS)))
		expect(urls).toEqual([
			OCS + 'apps/spreed/api/v4/call/room1234',
			OCS + 'apps/spreed/api/v4/room/room1234/participants/active',
		])
		for (const [, init] of fetchMock.mock.calls) {
			expect(init).toEqual({
				method: 'DELETE',
				keepalive: true,
				credentials: 'same-origin',
				headers: { 'OCS-APIRequest': 'true', Accept: 'application/json', requesttoken: 'csrf-token-123' },
			})
		}
	})
})

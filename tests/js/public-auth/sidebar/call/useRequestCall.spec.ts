/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { RequestCall } from '../../../../../src/public-auth/sidebar/call/useRequestCall.ts'
import type { VerificationRequest } from '../../../../../src/public-auth/sidebar/verification/useVerificationRequest.ts'

import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent } from 'vue'
import { useRequestCall } from '../../../../../src/public-auth/sidebar/call/useRequestCall.ts'
import { useVerificationRequest } from '../../../../../src/public-auth/sidebar/verification/useVerificationRequest.ts'
import { cameraAndMicrophone, FakeTrack } from '../../../components/fakes/media.ts'
import { FakeCallSession } from '../fakes/FakeCallSession.ts'

const mocks = vi.hoisted(() => ({
	registerRequest: vi.fn(),
	cancelRequest: vi.fn(),
	cancelRequestOnPageUnload: vi.fn(),
	reportProgress: vi.fn(),
	getRequest: vi.fn(),
}))

vi.mock('../../../../../src/api/requests.ts', () => ({
	registerRequest: mocks.registerRequest,
	cancelRequest: mocks.cancelRequest,
	cancelRequestOnPageUnload: mocks.cancelRequestOnPageUnload,
	reportProgress: mocks.reportProgress,
	getRequest: mocks.getRequest,
}))

vi.mock('../../../../../src/call/CallSession.ts', async () => ({
	CallSession: (await import('../fakes/FakeCallSession.ts')).FakeCallSession,
}))

const registered = { requestId: 'r1', secret: 's3cret', code: '4711', expiresAt: 1_800_000_000, mode: 'approve' }

/**
 * An OCS error answer as axios throws it
 *
 * @param status - HTTP status
 * @param data - the OCS data
 */
function ocsError(status: number, data: unknown) {
	return Object.assign(new Error(`Request failed with status code ${status}`), {
		isAxiosError: true,
		response: { status, data: { ocs: { meta: { status: 'failure', statuscode: status }, data } } },
	})
}

function setup(): { call: RequestCall, request: VerificationRequest, unmount: () => void } {
	let call: RequestCall | undefined
	let request: VerificationRequest | undefined
	const wrapper = mount(defineComponent({
		setup() {
			request = useVerificationRequest('DemoBankStmt003')
			call = useRequestCall(request)
			return () => null
		},
	}))
	return { call: call!, request: request!, unmount: () => wrapper.unmount() }
}

const start = () => ({ displayName: 'Bob <b>', localStream: cameraAndMicrophone() })

describe('useRequestCall', () => {
	beforeEach(() => {
		FakeCallSession.reset()
		mocks.registerRequest.mockReset().mockResolvedValue(registered)
		mocks.cancelRequest.mockReset().mockResolvedValue(undefined)
		mocks.cancelRequestOnPageUnload.mockReset()
		mocks.reportProgress.mockReset().mockResolvedValue(undefined)
		mocks.getRequest.mockReset().mockResolvedValue({ ...registered, status: 'ringing', idCheck: null })
	})

	afterEach(() => {
		vi.useRealTimers()
	})

	it('registers the request before the call session starts', async () => {
		const { call, request } = setup()
		const calling = call.call(start())
		expect(call.phase.value).toBe('registering')
		expect(FakeCallSession.instances).toHaveLength(0)

		await calling

		expect(mocks.registerRequest).toHaveBeenCalledWith('DemoBankStmt003', 'Bob <b>', 'video')
		const session = FakeCallSession.last()
		expect(session.options).toMatchObject({ shareToken: 'DemoBankStmt003', displayName: 'Bob <b>' })
		expect(session.start).toHaveBeenCalledOnce()
		expect(call.phase.value).toBe('ringing')
		expect(request.request.value).toEqual(registered)
	})

	it('follows the session into the call and counts the time', async () => {
		vi.useFakeTimers()
		const { call } = setup()
		await call.call(start())
		const session = FakeCallSession.last()
		const remote = cameraAndMicrophone('remote-camera')

		session.enter('connecting')
		session.fire('remoteStream', { stream: remote })
		session.fire('remoteName', { name: 'Alice Adams' })
		session.fire('remoteMedia', { audio: true, video: false, speaking: false })
		session.elapsedMs = 0
		session.enter('connected')
		session.elapsedMs = 3000
		vi.advanceTimersByTime(1000)

		expect(call.phase.value).toBe('connected')
		expect(call.remoteStream.value).toBe(remote)
		expect(call.remoteName.value).toBe('Alice Adams')
		expect(call.remoteMedia.value.video).toBe(false)
		expect(call.elapsedMs.value).toBe(3000)
	})

	it('withdraws the request when nobody answered', async () => {
		const { call } = setup()
		await call.call(start())

		FakeCallSession.last().end({ reason: 'no-answer' })

		expect(call.phase.value).toBe('ended')
		expect(call.ending.value).toEqual({ reason: 'no-answer' })
		await flushPromises()
		expect(mocks.cancelRequest).toHaveBeenCalledWith(registered)
	})

	it('keeps the request once the sharer answered', async () => {
		const { call } = setup()
		await call.call(start())
		const session = FakeCallSession.last()

		session.enter('connecting')
		session.enter('connected')
		await call.hangUp()

		expect(session.hangUp).toHaveBeenCalledOnce()
		expect(call.ending.value).toEqual({ reason: 'hangup' })
		expect(mocks.cancelRequest).not.toHaveBeenCalled()
	})

	it('hanging up while ringing withdraws the request', async () => {
		const { call } = setup()
		await call.call(start())

		await call.hangUp()

		expect(mocks.cancelRequest).toHaveBeenCalledWith(registered)
	})

	it('hanging up while the "ringing" report is on its way withdraws the request after it, not before', async () => {
		let reported: () => void = () => {}
		mocks.reportProgress.mockReturnValue(new Promise<void>((done) => {
			reported = done
		}))
		const { call } = setup()
		await call.call(start())
		expect(mocks.reportProgress).toHaveBeenCalledWith(registered, 'ringing')

		await call.hangUp()
		await flushPromises()
		expect(call.ending.value).toEqual({ reason: 'hangup' })
		expect(mocks.cancelRequest).not.toHaveBeenCalled()

		reported()
		await flushPromises()
		expect(mocks.cancelRequest).toHaveBeenCalledWith(registered)
	})

	it('a failed withdrawal does not disturb the ending', async () => {
		mocks.cancelRequest.mockRejectedValue(new Error('offline'))
		const { call } = setup()
		await call.call(start())

		FakeCallSession.last().end({ reason: 'connection-failed', failure: 'ice', turnHint: true })
		await flushPromises()

		expect(call.ending.value).toEqual({ reason: 'connection-failed', failure: 'ice', turnHint: true })
	})

	it('hanging up during registration drops the call once the request is registered', async () => {
		let resolve: (value: typeof registered) => void = () => {}
		mocks.registerRequest.mockReturnValue(new Promise((done) => {
			resolve = done
		}))
		const { call } = setup()
		const calling = call.call(start())

		await call.hangUp()
		resolve(registered)
		await calling

		expect(FakeCallSession.instances).toHaveLength(0)
		expect(call.ending.value).toEqual({ reason: 'hangup' })
		expect(mocks.cancelRequest).toHaveBeenCalledWith(registered)
	})

	it('hands a refused name back instead of calling', async () => {
		mocks.registerRequest.mockRejectedValue(ocsError(400, { error: 'invalid_display_name', message: 'The name is too long.' }))
		const { call } = setup()

		const outcome = await call.call(start())

		expect(outcome).toEqual({ nameRejected: 'The name is too long.' })
		expect(call.phase.value).toBeNull()
		expect(FakeCallSession.instances).toHaveLength(0)
	})

	it.each([
		[ocsError(429, { error: 'too_many_requests', message: 'Slow down.' }), { code: 'too_many_requests', message: 'Slow down.' }],
		[ocsError(404, { error: 'share_not_found', message: 'Gone.' }), { code: 'share_not_found', message: 'Gone.' }],
		[new Error('Network Error'), { code: null, message: null }],
	])('ends with the refusal when the request is not registered (%s)', async (error, refusal) => {
		mocks.registerRequest.mockRejectedValue(error)
		const { call } = setup()

		const outcome = await call.call(start())

		expect(outcome).toBeNull()
		expect(call.phase.value).toBe('ended')
		expect(call.ending.value).toEqual({ reason: 'request-refused', ...refusal })
		expect(mocks.cancelRequest).not.toHaveBeenCalled()
	})

	it('ends when the session cannot start', async () => {
		const { call } = setup()
		FakeCallSession.nextStartFailure = new Error('Talk said 500')

		await call.call(start())

		expect(call.phase.value).toBe('ended')
		expect(call.ending.value).toMatchObject({ reason: 'error' })
		expect(mocks.cancelRequest).toHaveBeenCalledWith(registered)
	})

	it('passes mute, camera and device changes to the session', async () => {
		const { call } = setup()
		await call.call(start())
		const session = FakeCallSession.last()

		call.setMicrophoneEnabled(false)
		call.setCameraEnabled(false)
		session.fire('localTrackEnded', { kind: 'video' })
		expect(call.localTrackEnded.value).toBe('video')
		const track = new FakeTrack('video', 'camera-2') as unknown as MediaStreamTrack
		await call.switchDevice(track)

		expect(session.setMicrophoneEnabled).toHaveBeenCalledWith(false)
		expect(session.setCameraEnabled).toHaveBeenCalledWith(false)
		expect(call.localMedia.value).toMatchObject({ audioEnabled: false, videoEnabled: false })
		expect(session.switchDevice).toHaveBeenCalledWith(track)
		expect(call.localTrackEnded.value).toBeNull()
	})

	it('stops a replacement track when there is no call any more', async () => {
		const { call } = setup()
		const track = new FakeTrack('video')

		await call.switchDevice(track as unknown as MediaStreamTrack)

		expect(track.stop).toHaveBeenCalled()
	})

	it('ignores a finished session once a new call started', async () => {
		const { call } = setup()
		await call.call(start())
		const first = FakeCallSession.last()
		first.end({ reason: 'no-answer' })
		await call.call(start())

		first.fire('state', { state: 'connected' })

		expect(call.phase.value).toBe('ringing')
		expect(call.ending.value).toBeNull()
	})

	it('withdraws the request with a keepalive request when the page goes away', async () => {
		const { call } = setup()
		await call.call(start())

		window.dispatchEvent(new Event('pagehide'))
		// The session hangs up on pagehide by itself (src/call/CallSession.ts)
		FakeCallSession.last().end({ reason: 'hangup' })

		expect(mocks.cancelRequestOnPageUnload).toHaveBeenCalledWith(registered)
		expect(mocks.cancelRequest).not.toHaveBeenCalled()
	})

	it('hangs up when the sidebar goes away', async () => {
		const { call, unmount } = setup()
		await call.call(start())

		unmount()

		expect(FakeCallSession.last().hangUp).toHaveBeenCalled()
		await flushPromises()
		expect(mocks.cancelRequest).toHaveBeenCalledWith(registered)
	})

	describe('the request\'s progress and outcome', () => {
		it('reports ringing once Talk rings, and answered once when the sharer joins', async () => {
			const { call } = setup()
			await call.call(start())
			const session = FakeCallSession.last()

			expect(mocks.reportProgress.mock.calls).toEqual([[registered, 'ringing']])

			session.enter('connecting')
			session.enter('connected')
			session.enter('reconnecting')
			session.enter('connected')

			expect(mocks.reportProgress.mock.calls).toEqual([[registered, 'ringing'], [registered, 'answered']])
		})

		it('a refused progress report does not disturb the call', async () => {
			mocks.reportProgress.mockRejectedValue(new Error('Request failed with status code 409'))
			const { call } = setup()
			await call.call(start())
			FakeCallSession.last().enter('connecting')
			await flushPromises()

			expect(call.phase.value).toBe('connecting')
		})

		it('a decided request hangs up and ends with its outcome, without withdrawing it', async () => {
			const { call } = setup()
			await call.call(start())
			const session = FakeCallSession.last()

			await call.conclude('declined')

			expect(session.hangUp).toHaveBeenCalledOnce()
			expect(call.phase.value).toBe('ended')
			expect(call.ending.value).toEqual({ reason: 'declined' })
			expect(mocks.cancelRequest).not.toHaveBeenCalled()
		})

		it('verified after the sharer left shows verified instead of their hang-up', async () => {
			const { call } = setup()
			await call.call(start())
			const session = FakeCallSession.last()
			session.enter('connecting')
			session.end({ reason: 'remote-hangup' })

			await call.conclude('verified')

			expect(call.ending.value).toEqual({ reason: 'verified' })
			expect(session.hangUp).not.toHaveBeenCalled()
		})

		it('a request closed after our own hang-up keeps "you hung up"', async () => {
			const { call } = setup()
			await call.call(start())
			await call.hangUp()

			await call.conclude('withdrawn')

			expect(call.ending.value).toEqual({ reason: 'hangup' })
		})

		it('does nothing before any call', async () => {
			const { call } = setup()

			await call.conclude('verified')

			expect(call.phase.value).toBeNull()
			expect(call.ending.value).toBeNull()
		})
	})
})

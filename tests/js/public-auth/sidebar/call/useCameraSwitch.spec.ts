/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useCameraSwitch } from '../../../../../src/public-auth/sidebar/call/useCameraSwitch.ts'

interface FakeTrack {
	id: string
	kind: 'video'
	label: string
	readyState: 'live' | 'ended'
	stop: () => void
	getSettings: () => MediaTrackSettings
}

/**
 * @param id - the track's id
 * @param settings - what the browser says of it
 */
function fakeTrack(id: string, settings: MediaTrackSettings): FakeTrack {
	const track: FakeTrack = {
		id,
		kind: 'video',
		label: '',
		readyState: 'live',
		stop: vi.fn(() => {
			track.readyState = 'ended'
		}),
		getSettings: () => settings,
	}
	return track
}

/**
 * @param name - a DOMException's name
 */
function domError(name: string): Error {
	return Object.assign(new Error(name), { name })
}

describe('useCameraSwitch', () => {
	let front: FakeTrack
	let stream: { getVideoTracks: () => FakeTrack[] }
	const getUserMedia = vi.fn()
	const enumerateDevices = vi.fn()

	beforeEach(() => {
		front = fakeTrack('front-track', { deviceId: 'front', facingMode: 'user' })
		stream = { getVideoTracks: () => [front] }
		getUserMedia.mockReset()
		enumerateDevices.mockReset().mockResolvedValue([
			{ kind: 'videoinput', deviceId: 'front', label: '', groupId: '' },
			{ kind: 'videoinput', deviceId: 'back', label: '', groupId: '' },
		])
		vi.stubGlobal('navigator', { mediaDevices: { getUserMedia, enumerateDevices } })
	})

	afterEach(() => {
		vi.unstubAllGlobals()
	})

	/** The composable over the fake stream; replace puts the track into the stream as CallSession does */
	function setup() {
		const replace = vi.fn(async (track: MediaStreamTrack) => {
			front = track as unknown as FakeTrack
		})
		const remember = vi.fn()
		const camera = useCameraSwitch({ stream: () => stream as unknown as MediaStream, replace, remember })
		camera.sync()
		return { camera, replace, remember }
	}

	it('opens the back camera by facingMode before the names are known and puts it into the call', async () => {
		const back = fakeTrack('back-track', { deviceId: 'back', facingMode: 'environment' })
		getUserMedia.mockResolvedValue({ getVideoTracks: () => [back] })
		const { camera, replace, remember } = setup()
		expect(camera.facing.value).toBe('user')

		expect(await camera.switchCamera()).toBe(true)

		expect(getUserMedia).toHaveBeenCalledWith({ video: { facingMode: { exact: 'environment' } } })
		expect(replace).toHaveBeenCalledWith(back)
		expect(camera.facing.value).toBe('environment')
		expect(camera.trackId.value).toBe('back-track')
		expect(remember).toHaveBeenCalledWith('back')
		expect(camera.problem.value).toBeNull()
		expect(camera.switching.value).toBe(false)
	})

	it('a phone that cannot open two cameras at once: the current one is stopped, then the other opened', async () => {
		const back = fakeTrack('back-track', { deviceId: 'back' })
		getUserMedia.mockRejectedValueOnce(domError('NotReadableError')).mockResolvedValueOnce({ getVideoTracks: () => [back] })
		const { camera, replace } = setup()
		const old = front

		expect(await camera.switchCamera()).toBe(true)

		expect(old.stop).toHaveBeenCalled()
		expect(getUserMedia).toHaveBeenCalledTimes(2)
		expect(replace).toHaveBeenCalledWith(back)
		// The desktop camera says nothing of where it looks: the asked way counts
		expect(camera.facing.value).toBe('environment')
	})

	it('no other camera, or refused: the call keeps its camera and the caller is told', async () => {
		getUserMedia.mockRejectedValue(domError('OverconstrainedError'))
		const { camera, replace } = setup()

		expect(await camera.switchCamera()).toBe(false)
		expect(camera.problem.value).toBe('This device has no other camera.')
		expect(replace).not.toHaveBeenCalled()
		expect(front.readyState).toBe('live')
		expect(camera.facing.value).toBe('user')

		getUserMedia.mockRejectedValue(domError('NotAllowedError'))
		expect(await camera.switchCamera()).toBe(false)
		expect(camera.problem.value).toBe('The browser did not allow the other camera.')

		enumerateDevices.mockResolvedValue([{ kind: 'videoinput', deviceId: 'front', label: 'HD Webcam', groupId: '' }])
		expect(await camera.switchCamera()).toBe(false)
		expect(camera.problem.value).toBe('This device has no other camera.')
	})

	it('the same camera opened again (back from another app) keeps the way it looks', async () => {
		getUserMedia.mockResolvedValue({ getVideoTracks: () => [fakeTrack('back-track', { deviceId: 'back' })] })
		const { camera } = setup()
		await camera.switchCamera()
		expect(camera.facing.value).toBe('environment')

		front = fakeTrack('reopened', { deviceId: 'back' })
		camera.sync(true)
		expect(camera.facing.value).toBe('environment')
		expect(camera.trackId.value).toBe('reopened')
		camera.sync()
		expect(camera.facing.value).toBe('user')
	})

	it('ignores a second click while switching', async () => {
		let resolve: (value: unknown) => void = () => {}
		getUserMedia.mockReturnValue(new Promise((r) => {
			resolve = r
		}))
		const { camera } = setup()

		const first = camera.switchCamera()
		expect(await camera.switchCamera()).toBe(false)
		resolve({ getVideoTracks: () => [fakeTrack('back-track', { deviceId: 'back' })] })
		expect(await first).toBe(true)
	})
})

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it } from 'vitest'
import {
	acquireLocalMedia,
	acquireTrack,
	classifyMediaError,
	deviceIdOf,
	listDevices,
	LocalMediaError,
} from '../../../../../src/public-auth/sidebar/media/localMedia.ts'
import { cameraAndMicrophone, FakeStream, FakeTrack, installMediaDevices, mediaError, setMediaDevices } from '../../../components/fakes/media.ts'

const defaults = { cameraId: null, microphoneId: null }
const numbered = (kind: 'audio' | 'video', index: number) => `${kind} ${index}`

describe('local media', () => {
	it.each([
		['NotAllowedError', 'permission-denied'],
		['SecurityError', 'permission-denied'],
		['NotFoundError', 'not-found'],
		['OverconstrainedError', 'not-found'],
		['NotReadableError', 'device-in-use'],
		['AbortError', 'device-in-use'],
		['TypeError', 'failed'],
	])('sorts %s as %s', (name, problem) => {
		expect(classifyMediaError(mediaError(name))).toBe(problem)
	})

	it('sorts anything without a name as failed', () => {
		expect(classifyMediaError('boom')).toBe('failed')
		expect(classifyMediaError(null)).toBe('failed')
	})

	it('opens camera and microphone in one stream', async () => {
		const devices = installMediaDevices()

		const media = await acquireLocalMedia(defaults, { cameraRequired: true })

		expect(devices.getUserMedia).toHaveBeenCalledWith({ audio: true, video: true })
		expect(media).toMatchObject({ hasCamera: true, hasMicrophone: true })
		expect(media.stream.getTracks().map((track) => track.kind)).toEqual(['audio', 'video'])
	})

	it('asks for exactly the chosen devices', async () => {
		const devices = installMediaDevices()

		const media = await acquireLocalMedia({ cameraId: 'camera-2', microphoneId: 'microphone-1' }, { cameraRequired: true })

		expect(devices.getUserMedia).toHaveBeenCalledWith({ audio: { deviceId: { exact: 'microphone-1' } }, video: { deviceId: { exact: 'camera-2' } } })
		expect(deviceIdOf(media.stream, 'video')).toBe('camera-2')
	})

	it('falls back to the default devices when a chosen one is gone', async () => {
		const devices = installMediaDevices()
		devices.getUserMedia.mockRejectedValueOnce(mediaError('OverconstrainedError'))

		const media = await acquireLocalMedia({ cameraId: 'unplugged', microphoneId: null }, { cameraRequired: true })

		expect(devices.getUserMedia).toHaveBeenLastCalledWith({ audio: true, video: true })
		expect(media.hasCamera).toBe(true)
	})

	it('goes on without a microphone', async () => {
		const devices = installMediaDevices()
		devices.getUserMedia.mockRejectedValueOnce(mediaError('NotFoundError'))

		const media = await acquireLocalMedia(defaults, { cameraRequired: true })

		expect(devices.getUserMedia).toHaveBeenLastCalledWith({ audio: false, video: true })
		expect(media).toMatchObject({ hasCamera: true, hasMicrophone: false })
	})

	it('refuses to go on without a camera when one is required', async () => {
		const devices = installMediaDevices()
		devices.getUserMedia.mockRejectedValueOnce(mediaError('NotFoundError')).mockRejectedValueOnce(mediaError('NotFoundError'))

		await expect(acquireLocalMedia(defaults, { cameraRequired: true })).rejects.toMatchObject({ problem: 'no-camera' })
		expect(devices.getUserMedia).toHaveBeenCalledTimes(2)
	})

	it('uses the microphone alone when the camera is optional', async () => {
		const devices = installMediaDevices()
		devices.getUserMedia.mockRejectedValueOnce(mediaError('NotFoundError')).mockRejectedValueOnce(mediaError('NotFoundError'))

		const media = await acquireLocalMedia(defaults, { cameraRequired: false })

		expect(devices.getUserMedia).toHaveBeenLastCalledWith({ audio: true, video: false })
		expect(media).toMatchObject({ hasCamera: false, hasMicrophone: true })
	})

	it.each([
		['NotAllowedError', 'permission-denied'],
		['NotReadableError', 'device-in-use'],
		['TypeError', 'failed'],
	])('reports %s as %s without asking again', async (name, problem) => {
		const devices = installMediaDevices()
		devices.getUserMedia.mockRejectedValueOnce(mediaError(name))

		const failure = await acquireLocalMedia(defaults, { cameraRequired: true }).catch((error: unknown) => error)

		expect(failure).toBeInstanceOf(LocalMediaError)
		expect(failure).toMatchObject({ problem })
		expect(devices.getUserMedia).toHaveBeenCalledTimes(1)
	})

	it('says the browser cannot when there are no media devices (plain http)', async () => {
		setMediaDevices(undefined)

		await expect(acquireLocalMedia(defaults, { cameraRequired: true })).rejects.toMatchObject({ problem: 'unsupported' })
		await expect(listDevices(numbered)).rejects.toMatchObject({ problem: 'unsupported' })
	})

	it('opens one replacement device', async () => {
		const devices = installMediaDevices()

		const track = await acquireTrack('video', 'camera-2')

		expect(devices.getUserMedia).toHaveBeenCalledWith({ audio: false, video: { deviceId: { exact: 'camera-2' } } })
		expect(track.kind).toBe('video')
	})

	it('explains why a replacement device cannot be opened', async () => {
		const devices = installMediaDevices()
		devices.getUserMedia.mockRejectedValueOnce(mediaError('NotAllowedError'))
		await expect(acquireTrack('video', 'camera-2')).rejects.toMatchObject({ problem: 'permission-denied' })

		devices.getUserMedia.mockRejectedValueOnce(mediaError('NotFoundError'))
		await expect(acquireTrack('video', 'camera-2')).rejects.toMatchObject({ problem: 'no-camera' })

		devices.getUserMedia.mockResolvedValueOnce(new FakeStream([]) as unknown as MediaStream)
		await expect(acquireTrack('audio', null)).rejects.toMatchObject({ problem: 'failed' })
	})

	it('lists cameras and microphones, naming unnamed ones', async () => {
		installMediaDevices([
			{ kind: 'videoinput', deviceId: 'camera-1', label: '' },
			{ kind: 'audioinput', deviceId: 'microphone-1', label: 'Headset' },
			{ kind: 'audiooutput', deviceId: 'speaker-1', label: 'Speaker' },
			// Before permission browsers list devices without ids
			{ kind: 'videoinput', deviceId: '', label: '' },
		])

		expect(await listDevices(numbered)).toEqual({
			cameras: [{ deviceId: 'camera-1', label: 'video 1' }],
			microphones: [{ deviceId: 'microphone-1', label: 'Headset' }],
		})
	})

	it('tells which device a stream uses', () => {
		const stream = cameraAndMicrophone('camera-9', 'microphone-9')

		expect(deviceIdOf(stream, 'video')).toBe('camera-9')
		expect(deviceIdOf(stream, 'audio')).toBe('microphone-9')
		expect(deviceIdOf(new FakeStream([new FakeTrack('video')]) as unknown as MediaStream, 'audio')).toBeNull()
		expect(deviceIdOf(null, 'video')).toBeNull()
	})
})

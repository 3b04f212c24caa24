/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { LocalMedia } from '../../../../../src/public-auth/sidebar/media/useLocalMedia.ts'
import type { FakeTrack } from '../../../components/fakes/media.ts'

import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import { useLocalMedia } from '../../../../../src/public-auth/sidebar/media/useLocalMedia.ts'
import { installMediaDevices, mediaError } from '../../../components/fakes/media.ts'

function setup(cameraRequired = true): { media: LocalMedia, unmount: () => void } {
	let media: LocalMedia | undefined
	const wrapper = mount(defineComponent({
		setup() {
			media = useLocalMedia({ cameraRequired })
			return () => null
		},
	}))
	return { media: media!, unmount: () => wrapper.unmount() }
}

const tracksOf = (media: LocalMedia) => media.stream.value!.getTracks() as unknown as FakeTrack[]

describe('useLocalMedia', () => {
	it('opens the devices, remembers them and lists the others', async () => {
		installMediaDevices()
		const { media } = setup()

		const opening = media.open()
		expect(media.status.value).toBe('starting')
		expect(await opening).toBe(true)

		expect(media.status.value).toBe('ready')
		expect(media.choice.value).toEqual({ cameraId: 'camera-1', microphoneId: 'microphone-1' })
		expect(media.cameras.value.map((camera) => camera.label)).toEqual(['Built-in camera', 'USB camera'])
		expect(media.microphones.value).toEqual([{ deviceId: 'microphone-1', label: 'Built-in microphone' }])
	})

	it('names devices the browser does not name', async () => {
		installMediaDevices([{ kind: 'videoinput', deviceId: 'c', label: '' }, { kind: 'audioinput', deviceId: 'm', label: '' }])
		const { media } = setup()

		await media.open()

		expect(media.cameras.value[0]!.label).toBe('Camera 1')
		expect(media.microphones.value[0]!.label).toBe('Microphone 1')
	})

	it('switches to another camera, stopping the old one first', async () => {
		const devices = installMediaDevices()
		const { media } = setup()
		await media.open()
		const old = tracksOf(media)

		await media.choose('video', 'camera-2')

		expect(old.every((track) => track.stop.mock.calls.length === 1)).toBe(true)
		expect(devices.getUserMedia).toHaveBeenLastCalledWith({ audio: { deviceId: { exact: 'microphone-1' } }, video: { deviceId: { exact: 'camera-2' } } })
		expect(media.choice.value.cameraId).toBe('camera-2')
	})

	it('reports a blocked camera', async () => {
		const devices = installMediaDevices()
		devices.getUserMedia.mockRejectedValue(mediaError('NotAllowedError'))
		const { media } = setup()

		expect(await media.open()).toBe(false)

		expect(media.status.value).toBe('failed')
		expect(media.problem.value).toBe('permission-denied')
		expect(media.stream.value).toBeNull()
	})

	it('notes a missing microphone', async () => {
		const devices = installMediaDevices()
		devices.getUserMedia.mockRejectedValueOnce(mediaError('NotFoundError'))
		const { media } = setup()

		await media.open()

		expect(media.status.value).toBe('ready')
		expect(media.hasMicrophone.value).toBe(false)
	})

	it('keeps working when the device list cannot be read', async () => {
		const devices = installMediaDevices()
		devices.enumerateDevices.mockRejectedValue(new Error('nope'))
		const { media } = setup()

		expect(await media.open()).toBe(true)
		expect(media.cameras.value).toEqual([])
	})

	it('drops the result of an older open that finished late', async () => {
		const devices = installMediaDevices()
		let release: () => void = () => {}
		const original = devices.getUserMedia.getMockImplementation()!
		devices.getUserMedia.mockImplementationOnce((constraints) => new Promise((resolve) => {
			release = () => resolve(original(constraints))
		}))
		const { media } = setup()

		const first = media.open()
		media.stop()
		release()

		expect(await first).toBe(false)
		expect(media.stream.value).toBeNull()
		expect(media.status.value).toBe('off')
	})

	it('stops the devices when switched off and when the sidebar goes away', async () => {
		const devices = installMediaDevices()
		const { media, unmount } = setup()
		await media.open()
		const tracks = tracksOf(media)

		media.stop()
		expect(tracks.every((track) => track.readyState === 'ended')).toBe(true)
		expect(media.status.value).toBe('off')

		await media.open()
		const second = tracksOf(media)
		unmount()
		expect(second.every((track) => track.readyState === 'ended')).toBe(true)
		expect(devices.removeEventListener).toHaveBeenCalledWith('devicechange', expect.any(Function))
	})

	it('reads the device list again when devices come or go', async () => {
		const devices = installMediaDevices()
		const { media } = setup()
		await media.open()
		const onDeviceChange = devices.addEventListener.mock.calls.find(([event]) => event === 'devicechange')![1] as () => void
		devices.enumerateDevices.mockResolvedValue([{ kind: 'videoinput', deviceId: 'camera-3', label: 'New camera' } as MediaDeviceInfo])

		onDeviceChange()
		await flushPromises()

		expect(media.cameras.value).toEqual([{ deviceId: 'camera-3', label: 'New camera' }])
	})

	it('remembers a device chosen during the call for the next one', async () => {
		installMediaDevices()
		const { media } = setup()

		media.remember('audio', 'microphone-2')
		media.remember('video', 'camera-2')

		expect(media.choice.value).toEqual({ cameraId: 'camera-2', microphoneId: 'microphone-2' })
	})
})

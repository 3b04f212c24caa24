/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { VueWrapper } from '@vue/test-utils'
import type { Mock } from 'vitest'
import type { Ref } from 'vue'
import type { LocalMedia } from '../../../../../src/public-auth/sidebar/media/useLocalMedia.ts'

import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, ref, shallowRef } from 'vue'
import { useCallDevices } from '../../../../../src/public-auth/sidebar/call/useCallDevices.ts'
import { LocalMediaError } from '../../../../../src/public-auth/sidebar/media/localMedia.ts'

const mocks = vi.hoisted(() => ({ acquireTrack: vi.fn() }))

vi.mock('../../../../../src/public-auth/sidebar/media/localMedia.ts', async (importOriginal) => ({
	...await importOriginal<Record<string, unknown>>(),
	acquireTrack: mocks.acquireTrack,
}))

interface FakeVideoTrack {
	id: string
	kind: 'video'
	readyState: 'live' | 'ended'
	getSettings: () => MediaTrackSettings
}

/**
 * @param id - the track's id
 */
function videoTrack(id: string): FakeVideoTrack {
	return { id, kind: 'video', readyState: 'live', getSettings: () => ({ facingMode: 'user', deviceId: id }) }
}

/**
 * Make the page hidden or visible, as the browser does when the phone switches apps
 *
 * @param state - the new visibility
 */
function setVisibility(state: 'hidden' | 'visible'): void {
	Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state })
	document.dispatchEvent(new Event('visibilitychange'))
}

let camera: FakeVideoTrack
let inCall: Ref<boolean>
let media: LocalMedia
let remember: Mock
let switchDevice: Mock<(track: MediaStreamTrack) => Promise<void>>
/** Unmounted after each test: a mounted one would go on listening to the page */
const mounted: VueWrapper[] = []

/** The composable in a mounted component (it listens to the page while mounted) */
function setup() {
	let devices: ReturnType<typeof useCallDevices> | undefined
	mounted.push(mount(defineComponent({ setup: () => {
		devices = useCallDevices({ inCall, media, switchDevice })
		return () => h('div')
	} })))
	return devices!
}

beforeEach(() => {
	setVisibility('visible')
	camera = videoTrack('camera-1')
	inCall = ref(false)
	remember = vi.fn()
	switchDevice = vi.fn(async () => {})
	mocks.acquireTrack.mockReset()
	media = {
		stream: shallowRef({ getVideoTracks: () => [camera] } as unknown as MediaStream),
		audioOnly: ref(false),
		cameras: ref([{ deviceId: 'camera-1', label: 'Front' }, { deviceId: 'camera-2', label: 'Back' }]),
		choice: ref({ cameraId: 'camera-1', microphoneId: null }),
		remember,
	} as unknown as LocalMedia
})

afterEach(() => {
	mounted.splice(0).forEach((wrapper) => wrapper.unmount())
})

describe('useCallDevices', () => {
	it('puts the picked device into the call and remembers it', async () => {
		const devices = setup()
		const microphone = { kind: 'audio' }
		mocks.acquireTrack.mockResolvedValue(microphone)
		await devices.replaceDevice('audio', 'microphone-2')
		expect(mocks.acquireTrack).toHaveBeenCalledWith('audio', 'microphone-2')
		expect(switchDevice).toHaveBeenCalledWith(microphone)
		expect(remember).toHaveBeenCalledWith('audio', 'microphone-2')
		expect(devices.replaceProblem.value).toBeNull()
	})

	it('says why the picked device could not be opened, changes nothing, and forgets it when the next call starts', async () => {
		const devices = setup()
		mocks.acquireTrack.mockRejectedValue(new LocalMediaError('device-in-use'))
		await devices.replaceDevice('video', 'camera-2')
		expect(devices.replaceProblem.value).toMatch(/^Your camera is in use\. /)
		expect(switchDevice).not.toHaveBeenCalled()
		expect(remember).not.toHaveBeenCalled()

		mocks.acquireTrack.mockRejectedValue(new Error('boom'))
		await devices.replaceDevice('video', 'camera-2')
		expect(devices.replaceProblem.value).toMatch(/^The camera could not be started\. /)
		devices.callStarting()
		expect(devices.replaceProblem.value).toBeNull()
	})

	it('offers to switch the camera unless the call has no video or there is exactly one camera', () => {
		const devices = setup()
		expect(devices.canSwitchCamera.value).toBe(true)
		media.cameras.value = [{ deviceId: 'camera-1', label: 'Front' }]
		expect(devices.canSwitchCamera.value).toBe(false)
		media.cameras.value = []
		expect(devices.canSwitchCamera.value).toBe(true)
		media.audioOnly.value = true
		expect(devices.canSwitchCamera.value).toBe(false)
	})

	it('reads which camera the stream has when the call starts', async () => {
		const devices = setup()
		expect(devices.camera.trackId.value).toBeNull()
		inCall.value = true
		await nextTick()
		expect(devices.camera.trackId.value).toBe('camera-1')
	})

	it('back in the page with the camera stopped: opens the chosen camera into the call again', async () => {
		const devices = setup()
		inCall.value = true
		await nextTick()
		const reopened = videoTrack('camera-1b')
		mocks.acquireTrack.mockImplementation(async () => {
			camera = reopened
			return reopened
		})
		setVisibility('hidden')
		camera.readyState = 'ended'
		setVisibility('visible')
		await flushPromises()
		expect(mocks.acquireTrack).toHaveBeenCalledWith('video', 'camera-1')
		expect(switchDevice).toHaveBeenCalledWith(reopened)
		expect(devices.camera.trackId.value).toBe('camera-1b')
		expect(devices.pageReturn.message.value).toBe('Welcome back. Your camera stopped while you were away; it is on again.')
	})

	it('back in the page when the camera cannot be opened again: says so', async () => {
		const devices = setup()
		inCall.value = true
		await nextTick()
		mocks.acquireTrack.mockRejectedValue(new LocalMediaError('permission-denied'))
		setVisibility('hidden')
		camera.readyState = 'ended'
		setVisibility('visible')
		await flushPromises()
		expect(switchDevice).not.toHaveBeenCalled()
		expect(devices.pageReturn.message.value).toBe('Welcome back. Your camera stopped while you were away. Choose a camera to be seen again.')
	})
})

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Ref } from 'vue'

import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { usePageReturn } from '../../../../../src/public-auth/sidebar/call/usePageReturn.ts'
import { useWakeLock } from '../../../../../src/public-auth/sidebar/call/useWakeLock.ts'

/**
 * Make the page hidden or visible, as the browser does when the phone switches apps
 *
 * @param state - the new visibility
 */
function setVisibility(state: 'hidden' | 'visible'): void {
	Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state })
	document.dispatchEvent(new Event('visibilitychange'))
}

/**
 * @param setup - the composable to run in a component
 */
function inComponent(setup: () => void) {
	return mount(defineComponent({ setup: () => {
		setup()
		return () => h('div')
	} }))
}

describe('useWakeLock', () => {
	const request = vi.fn()
	let sentinels: { released: boolean, release: ReturnType<typeof vi.fn> }[]

	beforeEach(() => {
		sentinels = []
		setVisibility('visible')
		request.mockReset().mockImplementation(async () => {
			const sentinel = {
				released: false,
				release: vi.fn(async () => {
					sentinel.released = true
				}),
			}
			sentinels.push(sentinel)
			return sentinel
		})
		vi.stubGlobal('navigator', { wakeLock: { request } })
	})

	afterEach(() => {
		vi.unstubAllGlobals()
	})

	it('keeps the screen on during the call, takes the lock again after the page was hidden, lets go afterwards', async () => {
		const active = ref(false)
		const wrapper = inComponent(() => useWakeLock(active))
		expect(request).not.toHaveBeenCalled()

		active.value = true
		await flushPromises()
		expect(request).toHaveBeenCalledWith('screen')

		// The browser drops the lock of a hidden page
		setVisibility('hidden')
		sentinels[0]!.released = true
		setVisibility('visible')
		await flushPromises()
		expect(request).toHaveBeenCalledTimes(2)

		active.value = false
		await flushPromises()
		expect(sentinels[1]!.release).toHaveBeenCalled()
		wrapper.unmount()
	})

	it('a browser without the API, or one that refuses: the call goes on', async () => {
		request.mockRejectedValue(new Error('NotAllowedError'))
		const active = ref(true)
		inComponent(() => useWakeLock(active))
		await flushPromises()
		expect(request).toHaveBeenCalled()

		vi.stubGlobal('navigator', {})
		const other = ref(true)
		expect(() => inComponent(() => useWakeLock(other))).not.toThrow()
	})
})

describe('usePageReturn', () => {
	let track: { readyState: 'live' | 'ended' }
	let active: Ref<boolean>
	const restoreCamera = vi.fn()

	beforeEach(() => {
		setVisibility('visible')
		track = { readyState: 'live' }
		active = ref(true)
		restoreCamera.mockReset().mockResolvedValue(true)
	})

	/** The composable over a stream with our fake camera */
	function setup() {
		let result: ReturnType<typeof usePageReturn> | undefined
		inComponent(() => {
			result = usePageReturn({ active, stream: () => ({ getVideoTracks: () => [track] }) as unknown as MediaStream, restoreCamera })
		})
		return result!
	}

	it('back with the camera still on: says the call went on', async () => {
		const pageReturn = setup()
		setVisibility('hidden')
		setVisibility('visible')
		await flushPromises()

		expect(pageReturn.message.value).toBe('Welcome back. The call went on while you were away.')
		expect(restoreCamera).not.toHaveBeenCalled()
	})

	it('back after the phone stopped the camera: brings it back and says so, or says what to do', async () => {
		const pageReturn = setup()
		setVisibility('hidden')
		track.readyState = 'ended'
		setVisibility('visible')
		await flushPromises()
		expect(restoreCamera).toHaveBeenCalled()
		expect(pageReturn.message.value).toBe('Welcome back. Your camera stopped while you were away; it is on again.')

		restoreCamera.mockResolvedValue(false)
		setVisibility('hidden')
		setVisibility('visible')
		await flushPromises()
		expect(pageReturn.message.value).toBe('Welcome back. Your camera stopped while you were away. Choose a camera to be seen again.')
	})

	it('says nothing when no call was on', async () => {
		active.value = false
		const pageReturn = setup()
		setVisibility('hidden')
		setVisibility('visible')
		await flushPromises()
		expect(pageReturn.message.value).toBeNull()
	})
})

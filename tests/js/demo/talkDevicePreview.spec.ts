/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { DevicePreview } from '../../demo/client/talk/DevicePreview.ts'

// The demo's stand-in of Talk web's device preview, which "Answer call" opens before the call.

function fakeStream(): { stream: MediaStream, stop: ReturnType<typeof vi.fn> } {
	const stop = vi.fn()
	return { stream: { getTracks: () => [{ stop }, { stop }] } as unknown as MediaStream, stop }
}

let elements: { dialog: HTMLElement, video: HTMLVideoElement, status: HTMLElement, join: HTMLButtonElement, recording: HTMLElement, consent: HTMLInputElement }

beforeEach(() => {
	document.body.innerHTML = '<section hidden><video></video><p></p><div hidden><label><input type="checkbox"> Give consent to the recording of this call</label></div><button disabled>Join call</button></section>'
	elements = {
		dialog: document.querySelector('section')!,
		video: document.querySelector('video')!,
		status: document.querySelector('p')!,
		join: document.querySelector('button')!,
		recording: document.querySelector('div')!,
		consent: document.querySelector('input')!,
	}
	// happy-dom keeps no srcObject of a fake stream
	Object.defineProperty(elements.video, 'srcObject', { value: null, writable: true })
})

function withCamera(getUserMedia: () => Promise<MediaStream>): void {
	vi.stubGlobal('navigator', { mediaDevices: { getUserMedia: vi.fn(getUserMedia) } })
}

describe('the Talk web stand-in\'s device preview', () => {
	it('shows the camera, lets its user join once the conversation is joined, and releases the camera on "Join call"', async () => {
		const { stream, stop } = fakeStream()
		withCamera(async () => stream)
		let conversationJoined: (joined: boolean) => void = () => {}
		const preview = new DevicePreview(elements)

		let done = false
		const opened = preview.open(new Promise((resolve) => {
			conversationJoined = resolve
		})).then(() => {
			done = true
		})
		await vi.waitFor(() => expect(elements.video.srcObject).toBe(stream))
		expect(elements.dialog.hidden).toBe(false)
		expect(elements.join.disabled).toBe(true)

		conversationJoined(true)
		await vi.waitFor(() => expect(elements.join.disabled).toBe(false))
		expect(done).toBe(false)

		elements.join.click()
		await opened
		expect(stop).toHaveBeenCalledTimes(2)
		expect(elements.video.srcObject).toBeNull()
		expect(elements.dialog.hidden).toBe(true)
	})

	it('keeps "Join call" disabled when the conversation could not be joined', async () => {
		withCamera(async () => fakeStream().stream)
		const preview = new DevicePreview(elements)

		void preview.open(Promise.resolve(false))
		await vi.waitFor(() => expect(elements.video.srcObject).not.toBeNull())

		expect(elements.join.disabled).toBe(true)
	})

	it('says why there is no picture when the camera is refused, and still lets its user join', async () => {
		withCamera(async () => {
			throw new Error('Permission denied')
		})
		const preview = new DevicePreview(elements)

		const opened = preview.open(Promise.resolve(true))
		await vi.waitFor(() => expect(elements.status.textContent).toBe('No camera: Permission denied'))
		await vi.waitFor(() => expect(elements.join.disabled).toBe(false))
		elements.join.click()
		await opened

		expect(elements.dialog.hidden).toBe(true)
	})

	it('where Talk needs consent to recording: warns, and "Join call" waits for the checkbox; resolves with the consent', async () => {
		withCamera(async () => fakeStream().stream)
		const preview = new DevicePreview(elements)

		const opened = preview.open(Promise.resolve(true), Promise.resolve(true))
		await vi.waitFor(() => expect(elements.recording.hidden).toBe(false))
		expect(elements.join.disabled).toBe(true)
		elements.consent.click()
		expect(elements.join.disabled).toBe(false)
		elements.join.click()

		expect(await opened).toBe(true)
	})

	it('without a consent rule the warning stays hidden and no consent is given', async () => {
		withCamera(async () => fakeStream().stream)
		const preview = new DevicePreview(elements)

		const opened = preview.open(Promise.resolve(true))
		await vi.waitFor(() => expect(elements.join.disabled).toBe(false))
		expect(elements.recording.hidden).toBe(true)
		elements.join.click()

		expect(await opened).toBe(false)
	})
})

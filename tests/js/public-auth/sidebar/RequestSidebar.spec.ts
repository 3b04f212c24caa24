/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { VueWrapper } from '@vue/test-utils'
import type { FakeMediaDevices, FakeTrack } from '../../components/fakes/media.ts'

import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import RequestSidebar from '../../../../src/public-auth/sidebar/RequestSidebar.vue'
import { TalkApiError } from '../../../../src/call/errors.ts'
import { cameraAndMicrophone, installMediaDevices, mediaError } from '../../components/fakes/media.ts'
import { FakeCallSession } from './fakes/FakeCallSession.ts'

const mocks = vi.hoisted(() => ({
	registerRequest: vi.fn(),
	cancelRequest: vi.fn(),
	cancelRequestOnPageUnload: vi.fn(),
	reportProgress: vi.fn(),
	getRequest: vi.fn(),
	submitPassword: vi.fn(),
	openSharePage: vi.fn(),
	capabilities: {} as Record<string, unknown>,
}))

vi.mock('@nextcloud/capabilities', () => ({ getCapabilities: () => mocks.capabilities }))

vi.mock('../../../../src/api/requests.ts', async (importOriginal) => ({
	...await importOriginal<Record<string, unknown>>(),
	registerRequest: mocks.registerRequest,
	cancelRequest: mocks.cancelRequest,
	cancelRequestOnPageUnload: mocks.cancelRequestOnPageUnload,
	reportProgress: mocks.reportProgress,
	getRequest: mocks.getRequest,
	submitPassword: mocks.submitPassword,
}))

vi.mock('../../../../src/public-auth/sidebar/verification/openSharePage.ts', () => ({
	openSharePage: mocks.openSharePage,
}))

vi.mock('../../../../src/call/CallSession.ts', async () => ({
	CallSession: (await import('./fakes/FakeCallSession.ts')).FakeCallSession,
}))

const registered = { requestId: 'r1', secret: 's3cret', code: '4711', expiresAt: 1_800_000_000, mode: 'approve' }

/**
 * The request as a poll answers it
 *
 * @param status - its status
 */
function polled(status: string) {
	return { requestId: 'r1', status, code: '4711', expiresAt: 1_800_000_000, mode: 'approve', idCheck: null }
}

type Props = Partial<{ mode: 'approve' | 'password', name: string, fileName: string }>

/** Unmounted after each test: a sidebar left mounted would go on polling into the next test */
const mounted: VueWrapper[] = []

function mountSidebar(props: Props = {}, slots = {}) {
	// v-model:name as a parent would keep it
	const wrapper: VueWrapper = mount(RequestSidebar, {
		props: {
			id: 'sidebar',
			fileName: 'Contract.pdf',
			mode: 'approve',
			name: '',
			shareToken: 'DemoBankStmt003',
			'onUpdate:name': (name: string) => wrapper.setProps({ name }),
			...props,
		},
		slots,
		attachTo: document.body,
	})
	mounted.push(wrapper)
	return wrapper
}

/** The text screen readers were last told */
const announced = (wrapper: VueWrapper) => wrapper.get('.video-verification-sidebar__live').text()

/** Tab order: what the keyboard reaches, in order */
function tabStops(wrapper: VueWrapper): string[] {
	return [...(wrapper.element as HTMLElement).querySelectorAll<HTMLElement>('button, input, select, [tabindex]')]
		.filter((element) => element.tabIndex >= 0 && !(element as HTMLButtonElement).disabled)
		.map((element) => element.getAttribute('aria-label') || element.closest('.device-select')?.querySelector('label')?.textContent?.trim() || element.textContent!.trim() || element.tagName)
}

function button(wrapper: VueWrapper, text: string) {
	const found = wrapper.findAll('button').find((candidate) => candidate.text() === text || candidate.attributes('aria-label') === text)
	if (found === undefined) {
		throw new Error(`No button "${text}" in: ${wrapper.findAll('button').map((candidate) => candidate.text() || candidate.attributes('aria-label')).join(', ')}`)
	}
	return found
}

async function toPreview(wrapper: VueWrapper, name = 'Bob Berg'): Promise<void> {
	await wrapper.get('input').setValue(name)
	await button(wrapper, 'Continue').trigger('click')
	await flushPromises()
}

async function toCall(wrapper: VueWrapper): Promise<FakeCallSession> {
	await toPreview(wrapper)
	await button(wrapper, 'Call').trigger('click')
	await flushPromises()
	return FakeCallSession.last()
}

describe('RequestSidebar', () => {
	let devices: FakeMediaDevices

	beforeEach(() => {
		FakeCallSession.reset()
		mocks.registerRequest.mockReset().mockResolvedValue(registered)
		mocks.cancelRequest.mockReset().mockResolvedValue(undefined)
		mocks.cancelRequestOnPageUnload.mockReset()
		mocks.reportProgress.mockReset().mockResolvedValue(undefined)
		mocks.getRequest.mockReset().mockResolvedValue(polled('ringing'))
		mocks.submitPassword.mockReset()
		mocks.openSharePage.mockReset()
		mocks.capabilities = {}
		devices = installMediaDevices()
		vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined)
	})

	afterEach(() => {
		mounted.splice(0).forEach((wrapper) => wrapper.unmount())
		vi.useRealTimers()
	})

	describe('step 1: who is called and why', () => {
		it('is a labelled complementary region', () => {
			const wrapper = mountSidebar()

			const aside = wrapper.get('aside')
			expect(aside.attributes('id')).toBe('sidebar')
			const heading = document.getElementById(aside.attributes('aria-labelledby')!)
			expect(heading?.textContent?.trim()).toBe('Request access by video call')
		})

		it('says who is called and why', () => {
			const wrapper = mountSidebar({ fileName: 'Scan <2026>.pdf' })

			expect(wrapper.text()).toContain('You are asking for access to Scan <2026>.pdf.')
			expect(wrapper.text()).toContain('The person who shared this file will see you on a video call before it opens.')
		})

		it('explains how the file opens in each mode', () => {
			expect(mountSidebar({ mode: 'approve' }).text()).toContain('In the call they approve you, and the file opens here.')
			expect(mountSidebar({ mode: 'password' }).text()).toContain('In the call they tell you the password, and you type it here.')
		})

		it('asks for a name', async () => {
			const wrapper = mountSidebar({ name: 'bob@example.com' })

			const input = wrapper.get<HTMLInputElement>('input')
			expect(input.element.value).toBe('bob@example.com')
			expect(input.attributes('maxlength')).toBe('64')
			expect(wrapper.text()).toContain('Your name')

			await input.setValue('Bob Builder')
			expect(wrapper.emitted('update:name')).toEqual([['Bob Builder']])
		})

		it('states what the caller agrees to', () => {
			expect(mountSidebar().text()).toContain('By calling you agree that the person who shared this file sees and hears you.')
		})

		it('closes with its button and with Escape', async () => {
			const wrapper = mountSidebar()

			await button(wrapper, 'Close').trigger('click')
			await wrapper.get('input').trigger('keydown', { key: 'Escape' })
			await wrapper.get('input').trigger('keydown', { key: 'Enter' })

			expect(wrapper.emitted('close')).toHaveLength(2)
		})

		it('does not go on without a name, and says why', async () => {
			const wrapper = mountSidebar()

			await wrapper.get('input').setValue('   ')
			await wrapper.get('form').trigger('submit')
			await flushPromises()

			const input = wrapper.get('input')
			expect(wrapper.text()).toContain('Enter your name, so the person you call knows who is calling.')
			expect(input.attributes('aria-invalid')).toBe('true')
			expect(document.activeElement).toBe(input.element)
			expect(devices.getUserMedia).not.toHaveBeenCalled()
		})

		it('goes on with Enter in the name field and trims the name', async () => {
			const wrapper = mountSidebar()

			await wrapper.get('input').setValue('  Bob Berg ')
			await wrapper.get('form').trigger('submit')
			await flushPromises()

			expect(wrapper.get('aside').attributes('data-step')).toBe('preview')
			expect(wrapper.emitted('update:name')!.at(-1)).toEqual(['Bob Berg'])
		})

		it('reaches the close button, the name and Continue by keyboard', () => {
			expect(tabStops(mountSidebar())).toEqual(['Close', 'INPUT', 'Continue'])
		})
	})

	describe('step 2: camera and microphone preview', () => {
		it('shows the camera, the devices and focuses the step heading', async () => {
			const wrapper = mountSidebar()
			await toPreview(wrapper)

			expect(devices.getUserMedia).toHaveBeenCalledWith({ audio: true, video: true })
			const heading = wrapper.get('h3')
			expect(heading.text()).toBe('Check your camera and microphone')
			expect(document.activeElement).toBe(heading.element)
			const video = wrapper.get<HTMLVideoElement>('video')
			expect(video.element.srcObject).not.toBeNull()
			expect(video.element.muted).toBe(true)
			const labels = wrapper.findAll('.device-select label').map((label) => label.text())
			expect(labels).toEqual(['Camera', 'Microphone'])
			expect(wrapper.findAll('select')[0]!.element.value).toBe('camera-1')
			expect(button(wrapper, 'Call').attributes('disabled')).toBeUndefined()
		})

		it('reaches the devices, Back and Call by keyboard', async () => {
			const wrapper = mountSidebar()
			await toPreview(wrapper)

			expect(tabStops(wrapper)).toEqual(['Close', 'Camera', 'Microphone', 'Back', 'Call'])
		})

		it('switches the preview to another camera', async () => {
			const wrapper = mountSidebar()
			await toPreview(wrapper)

			await wrapper.findAll('select')[0]!.setValue('camera-2')
			await flushPromises()

			expect(devices.getUserMedia).toHaveBeenLastCalledWith({ audio: { deviceId: { exact: 'microphone-1' } }, video: { deviceId: { exact: 'camera-2' } } })
			expect(wrapper.findAll('select')[0]!.element.value).toBe('camera-2')
		})

		it('explains how to allow a blocked camera, and tries again', async () => {
			devices.getUserMedia.mockRejectedValueOnce(mediaError('NotAllowedError'))
			const wrapper = mountSidebar()
			await toPreview(wrapper)

			expect(wrapper.text()).toContain('Camera access is blocked')
			expect(wrapper.text()).toContain('allow camera and microphone for this site')
			expect(button(wrapper, 'Call').attributes('disabled')).toBeDefined()

			await button(wrapper, 'Try again').trigger('click')
			await flushPromises()

			expect(wrapper.text()).not.toContain('Camera access is blocked')
			expect(button(wrapper, 'Call').attributes('disabled')).toBeUndefined()
		})

		it('does not call without a camera', async () => {
			devices.getUserMedia.mockRejectedValue(mediaError('NotFoundError'))
			const wrapper = mountSidebar()
			await toPreview(wrapper)

			expect(wrapper.text()).toContain('No camera found')
			expect(button(wrapper, 'Call').attributes('disabled')).toBeDefined()
		})

		it('says when the camera is in use elsewhere', async () => {
			devices.getUserMedia.mockRejectedValueOnce(mediaError('NotReadableError'))
			const wrapper = mountSidebar()
			await toPreview(wrapper)

			expect(wrapper.text()).toContain('Another app or browser tab is using your camera or microphone.')
		})

		it('warns but lets the caller go on without a microphone', async () => {
			devices.getUserMedia.mockRejectedValueOnce(mediaError('NotFoundError'))
			const wrapper = mountSidebar()
			await toPreview(wrapper)

			expect(wrapper.text()).toContain('No microphone found. The person you call will see you but not hear you.')
			expect(button(wrapper, 'Call').attributes('disabled')).toBeUndefined()
		})

		it('goes back to the name with the camera off', async () => {
			const wrapper = mountSidebar()
			await toPreview(wrapper)
			const tracks = (wrapper.get<HTMLVideoElement>('video').element.srcObject as MediaStream).getTracks() as unknown as FakeTrack[]

			await button(wrapper, 'Back').trigger('click')
			await flushPromises()

			expect(wrapper.get('aside').attributes('data-step')).toBe('intro')
			expect(tracks.every((track) => track.readyState === 'ended')).toBe(true)
			expect(document.activeElement).toBe(wrapper.get('input').element)
		})
	})

	describe('steps 3 and 4: calling and the call', () => {
		it('registers the request, then rings the sharer with the preview stream', async () => {
			const wrapper = mountSidebar()
			await toPreview(wrapper)
			const preview = wrapper.get<HTMLVideoElement>('video').element.srcObject

			await button(wrapper, 'Call').trigger('click')
			await flushPromises()

			expect(mocks.registerRequest).toHaveBeenCalledWith('DemoBankStmt003', 'Bob Berg', 'video')
			const session = FakeCallSession.last()
			expect(session.options).toMatchObject({ shareToken: 'DemoBankStmt003', displayName: 'Bob Berg', localStream: preview })
			expect(mocks.registerRequest.mock.invocationCallOrder[0]).toBeLessThan(session.start.mock.invocationCallOrder[0]!)
			expect(wrapper.get('[data-call-phase]').attributes('data-call-phase')).toBe('ringing')
			expect(wrapper.text()).toContain('Ringing…')
			expect(announced(wrapper)).toBe('Ringing…')
			expect(document.activeElement).toBe(wrapper.get('h3').element)
		})

		it('shows the sharer large, ourselves small, and counts the time', async () => {
			vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
			const wrapper = mountSidebar()
			const session = await toCall(wrapper)
			const remote = cameraAndMicrophone('alice-camera')

			session.enter('connecting')
			session.fire('remoteName', { name: 'Alice <Adams>' })
			session.fire('remoteStream', { stream: remote })
			await flushPromises()
			expect(announced(wrapper)).toBe('Connecting…')

			session.enter('connected')
			session.elapsedMs = 65_000
			vi.advanceTimersByTime(1000)
			await flushPromises()

			expect(announced(wrapper)).toBe('Connected')
			expect(wrapper.get<HTMLVideoElement>('[data-remote-video] video').element.srcObject).toBe(remote)
			expect(wrapper.get('[data-remote-video] figcaption').text()).toBe('Alice <Adams>')
			expect(wrapper.get('[data-self-video]').classes()).toContain('video-tile--small')
			expect(wrapper.get('h3').text()).toBe('Call with Alice <Adams>')
			const timer = wrapper.get('[role="timer"]')
			expect(timer.text()).toBe('1:05')
			expect(timer.attributes('aria-label')).toBe('Call duration: 1 minute 5 seconds')

			session.enter('reconnecting')
			await flushPromises()
			expect(announced(wrapper)).toBe('Reconnecting…')
			expect(wrapper.text()).toContain('Reconnecting…')
		})

		it('says when the sharer\'s camera is off', async () => {
			const wrapper = mountSidebar()
			const session = await toCall(wrapper)

			session.enter('connected')
			session.fire('remoteName', { name: 'Alice' })
			session.fire('remoteStream', { stream: cameraAndMicrophone() })
			session.fire('remoteMedia', { audio: true, video: false, speaking: false })
			await flushPromises()

			expect(wrapper.get('[data-remote-video] .video-tile__placeholder').text()).toBe('Alice turned their camera off')
		})

		it('mutes and switches the camera off with toggle buttons', async () => {
			const wrapper = mountSidebar()
			const session = await toCall(wrapper)

			expect(button(wrapper, 'Mute').attributes('aria-pressed')).toBe('false')
			await button(wrapper, 'Mute').trigger('click')
			await button(wrapper, 'Camera off').trigger('click')
			await flushPromises()

			expect(session.setMicrophoneEnabled).toHaveBeenCalledWith(false)
			expect(session.setCameraEnabled).toHaveBeenCalledWith(false)
			expect(button(wrapper, 'Mute').attributes('aria-pressed')).toBe('true')
			expect(button(wrapper, 'Camera off').attributes('aria-pressed')).toBe('true')
			expect(wrapper.get('[data-self-video] .video-tile__placeholder').text()).toBe('Your camera is off')

			await button(wrapper, 'Mute').trigger('click')
			expect(session.setMicrophoneEnabled).toHaveBeenLastCalledWith(true)
		})

		it('reaches the call controls in order by keyboard', async () => {
			const wrapper = mountSidebar()
			await toCall(wrapper)

			expect(tabStops(wrapper)).toEqual(['Hang up and close', 'Mute', 'Camera off', 'Switch camera', 'Hang up'])
		})

		it('offers another camera when ours stopped during the call', async () => {
			const wrapper = mountSidebar()
			const session = await toCall(wrapper)

			session.fire('localTrackEnded', { kind: 'video' })
			await flushPromises()
			expect(wrapper.text()).toContain('Your camera stopped working. Choose a camera to be seen again.')

			await wrapper.get('.video-verification-call__device-lost select').setValue('camera-2')
			await flushPromises()

			expect(devices.getUserMedia).toHaveBeenLastCalledWith({ audio: false, video: { deviceId: { exact: 'camera-2' } } })
			expect(session.switchDevice).toHaveBeenCalledWith(expect.objectContaining({ kind: 'video', deviceId: 'camera-2' }))
			expect(wrapper.text()).not.toContain('Your camera stopped working.')
		})

		it('says why the other camera could not be opened', async () => {
			const wrapper = mountSidebar()
			const session = await toCall(wrapper)
			session.fire('localTrackEnded', { kind: 'video' })
			await flushPromises()
			devices.getUserMedia.mockRejectedValueOnce(mediaError('NotAllowedError'))

			await wrapper.get('.video-verification-call__device-lost select').setValue('camera-2')
			await flushPromises()

			expect(wrapper.text()).toContain('Camera access is blocked.')
			expect(session.switchDevice).not.toHaveBeenCalled()
		})

		it('does not close on Escape during the call; the close button hangs up first', async () => {
			const wrapper = mountSidebar()
			const session = await toCall(wrapper)

			await wrapper.get('aside').trigger('keydown', { key: 'Escape' })
			expect(wrapper.emitted('close')).toBeUndefined()

			await button(wrapper, 'Hang up and close').trigger('click')
			await flushPromises()

			expect(session.hangUp).toHaveBeenCalled()
			expect(wrapper.emitted('close')).toHaveLength(1)
		})

		it('shows the read-back code during the call', async () => {
			const wrapper = mountSidebar()
			await toCall(wrapper)

			expect(wrapper.get('[data-read-back-code]').text()).toBe('4711')
			expect(wrapper.text()).toContain('The person you call will ask for this code.')
		})

		it('goes back to the name when the server refuses it', async () => {
			mocks.registerRequest.mockRejectedValue(Object.assign(new Error('400'), {
				isAxiosError: true,
				response: { status: 400, data: { ocs: { meta: { statuscode: 400 }, data: { error: 'invalid_display_name', message: 'Use at most 64 characters.' } } } },
			}))
			const wrapper = mountSidebar()
			await toCall(wrapper).catch(() => null)

			expect(wrapper.get('aside').attributes('data-step')).toBe('intro')
			expect(wrapper.text()).toContain('Use at most 64 characters.')
			expect(announced(wrapper)).toBe('Use at most 64 characters.')
			expect(document.activeElement).toBe(wrapper.get('input').element)
		})
	})

	describe('step 5: endings', () => {
		async function endWith(ending: Parameters<FakeCallSession['end']>[0], answered = false) {
			const wrapper = mountSidebar()
			const session = await toCall(wrapper)
			if (answered) {
				session.enter('connecting')
				session.enter('connected')
			}
			session.end(ending)
			await flushPromises()
			return wrapper
		}

		it('hanging up ends the call, stops the camera and withdraws the unanswered request', async () => {
			const wrapper = mountSidebar()
			const session = await toCall(wrapper)
			const tracks = session.options.localStream.getTracks() as unknown as FakeTrack[]

			await button(wrapper, 'Hang up').trigger('click')
			await flushPromises()

			expect(session.hangUp).toHaveBeenCalled()
			expect(wrapper.get('[data-ending]').attributes('data-ending')).toBe('hangup')
			expect(wrapper.get('h3').text()).toBe('Call ended')
			expect(wrapper.text()).toContain('You hung up.')
			expect(announced(wrapper)).toBe('Call ended You hung up.')
			expect(document.activeElement).toBe(wrapper.get('h3').element)
			expect(tracks.every((track) => track.readyState === 'ended')).toBe(true)
			expect(mocks.cancelRequest).toHaveBeenCalledWith(registered)
		})

		it('the sharer hanging up keeps the answered request', async () => {
			const wrapper = await endWith({ reason: 'remote-hangup' }, true)

			expect(wrapper.text()).toContain('The person who shared this file hung up.')
			expect(mocks.cancelRequest).not.toHaveBeenCalled()
		})

		it('says plainly that nobody answered', async () => {
			const wrapper = await endWith({ reason: 'no-answer' })

			expect(wrapper.get('h3').text()).toBe('No answer')
			expect(wrapper.text()).toContain('The person who shared this file did not answer. Try again later.')
			expect(announced(wrapper)).toBe('Call ended The person who shared this file did not answer. Try again later.')
			expect(tabStops(wrapper)).toEqual(['Close', 'Ask to be called back', 'Close', 'Call again'])
		})

		it('hints at a TURN server when the connection failed', async () => {
			const wrapper = await endWith({ reason: 'connection-failed', failure: 'ice', turnHint: true })

			expect(wrapper.get('h3').text()).toBe('The call could not connect')
			expect(wrapper.text()).toContain('The server may need a TURN server')
		})

		it('explains a room that went away', async () => {
			const wrapper = await endWith({ reason: 'room-gone', sessionGone: 'deleted' })

			expect(wrapper.text()).toContain('The call was closed on the server.')
		})

		it('does not offer to call again when the server refuses more requests', async () => {
			mocks.registerRequest.mockRejectedValue(Object.assign(new Error('429'), {
				isAxiosError: true,
				response: { status: 429, data: { ocs: { meta: { statuscode: 429 }, data: { error: 'too_many_requests', message: 'Too many requests. Wait a few minutes.' } } } },
			}))
			const wrapper = mountSidebar()
			await toCall(wrapper).catch(() => null)

			expect(wrapper.get('h3').text()).toBe('Could not start the call')
			expect(wrapper.text()).toContain('Too many requests. Wait a few minutes.')
			expect(wrapper.findAll('button').some((candidate) => candidate.text() === 'Call again')).toBe(false)
		})

		it('calls again with the camera on again', async () => {
			const wrapper = await endWith({ reason: 'no-answer' })
			const calls = devices.getUserMedia.mock.calls.length

			await button(wrapper, 'Call again').trigger('click')
			await flushPromises()

			expect(devices.getUserMedia.mock.calls.length).toBe(calls + 1)
			expect(FakeCallSession.instances).toHaveLength(2)
			expect(mocks.registerRequest).toHaveBeenCalledTimes(2)
			expect(wrapper.get('[data-call-phase]').attributes('data-call-phase')).toBe('ringing')
		})

		it('lands on the preview with the reason when the camera is blocked on calling again', async () => {
			const wrapper = await endWith({ reason: 'no-answer' })
			devices.getUserMedia.mockRejectedValueOnce(mediaError('NotAllowedError'))

			await button(wrapper, 'Call again').trigger('click')
			await flushPromises()

			expect(wrapper.get('aside').attributes('data-step')).toBe('preview')
			expect(wrapper.text()).toContain('Camera access is blocked')
			expect(FakeCallSession.instances).toHaveLength(1)
		})

		it('closes from the ending', async () => {
			const wrapper = await endWith({ reason: 'no-answer' })

			await wrapper.findAll('button').filter((candidate) => candidate.text() === 'Close')[0]!.trigger('click')

			expect(wrapper.emitted('close')).toHaveLength(1)
		})
	})

	describe('the request is decided during the call', () => {
		beforeEach(() => {
			vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
		})

		async function callAnswered(props: Props = {}) {
			const wrapper = mountSidebar(props)
			const session = await toCall(wrapper)
			session.enter('connecting')
			session.enter('connected')
			await flushPromises()
			return { wrapper, session }
		}

		async function nextPoll(): Promise<void> {
			await vi.advanceTimersByTimeAsync(2_000)
			await flushPromises()
		}

		it('reports ringing and answered to the server', async () => {
			await callAnswered()

			expect(mocks.reportProgress.mock.calls).toEqual([[registered, 'ringing'], [registered, 'answered']])
		})

		it('verified: hangs up cleanly, says so, then loads the share page', async () => {
			const { wrapper, session } = await callAnswered()
			mocks.getRequest.mockResolvedValue(polled('used'))

			await nextPoll()

			expect(mocks.getRequest).toHaveBeenCalledWith(registered)
			expect(session.hangUp).toHaveBeenCalled()
			expect(wrapper.get('[data-ending]').attributes('data-ending')).toBe('verified')
			expect(wrapper.get('h3').text()).toBe('Verified')
			expect(announced(wrapper)).toBe('The file opens now.')
			expect(mocks.openSharePage).toHaveBeenCalledWith('DemoBankStmt003')
			expect(mocks.cancelRequest).not.toHaveBeenCalled()
			expect(wrapper.text()).not.toContain('Call again')
		})

		it('declined: the call ends and the caller is told', async () => {
			const { wrapper, session } = await callAnswered()
			mocks.getRequest.mockResolvedValue(polled('declined'))

			await nextPoll()

			expect(session.hangUp).toHaveBeenCalled()
			expect(wrapper.get('[data-ending]').attributes('data-ending')).toBe('declined')
			expect(wrapper.text()).toContain('The sharer declined the request')
			expect(mocks.openSharePage).not.toHaveBeenCalled()
		})

		it('expired: the call ends and the caller may call again', async () => {
			const { wrapper } = await callAnswered()
			mocks.getRequest.mockResolvedValue(polled('expired'))

			await nextPoll()

			expect(wrapper.get('[data-ending]').attributes('data-ending')).toBe('expired')
			expect(button(wrapper, 'Call again').exists()).toBe(true)
		})

		it('stops polling once the call ended by our own hang-up', async () => {
			const { wrapper } = await callAnswered()
			await button(wrapper, 'Hang up').trigger('click')
			await flushPromises()
			mocks.getRequest.mockClear()

			await vi.advanceTimersByTimeAsync(30_000)

			expect(mocks.getRequest).not.toHaveBeenCalled()
		})

		it('reads once more when the sharer left, and opens the file they approved just before', async () => {
			const { wrapper, session } = await callAnswered()
			mocks.getRequest.mockResolvedValue(polled('used'))

			session.end({ reason: 'remote-hangup' })
			await flushPromises()

			expect(mocks.getRequest).toHaveBeenCalledTimes(1)
			expect(wrapper.get('[data-ending]').attributes('data-ending')).toBe('verified')
			expect(mocks.openSharePage).toHaveBeenCalledWith('DemoBankStmt003')
		})

		it('password mode: a wrong password keeps the call, the right one opens the file', async () => {
			mocks.registerRequest.mockResolvedValue({ ...registered, mode: 'password' })
			const { wrapper, session } = await callAnswered({ mode: 'password' })
			mocks.submitPassword.mockRejectedValueOnce(Object.assign(new Error('403'), {
				isAxiosError: true,
				response: { status: 403, data: { ocs: { meta: { statuscode: 403 }, data: { error: 'wrong_password', message: 'Wrong password' } } } },
			}))

			await wrapper.get('input[type="password"]').setValue('wrong')
			await wrapper.get('.video-verification-code__password').trigger('submit')
			await flushPromises()

			expect(wrapper.text()).toContain('This password is not correct.')
			expect(wrapper.get('aside').attributes('data-step')).toBe('call')
			expect(session.hangUp).not.toHaveBeenCalled()
			// polling goes on after the wrong password
			mocks.getRequest.mockClear()
			await nextPoll()
			expect(mocks.getRequest).toHaveBeenCalledOnce()

			mocks.submitPassword.mockResolvedValueOnce({ ...polled('used'), mode: 'password' })
			await wrapper.get('input[type="password"]').setValue('right')
			await wrapper.get('.video-verification-code__password').trigger('submit')
			await flushPromises()

			expect(session.hangUp).toHaveBeenCalled()
			expect(wrapper.get('[data-ending]').attributes('data-ending')).toBe('verified')
			expect(mocks.openSharePage).toHaveBeenCalledWith('DemoBankStmt003')
		})
	})

	describe('consent to recording', () => {
		/**
		 * Talk's capabilities as the page's initial state has them
		 *
		 * @param consent - `config → call → recording-consent`
		 */
		function talkRecords(consent: 0 | 1 | 2): void {
			mocks.capabilities = { spreed: { features: [], version: '24.0.2', config: { call: { recording: true, 'recording-consent': consent } } } }
		}

		const consentBox = (wrapper: VueWrapper) => wrapper.find<HTMLInputElement>('[data-recording-consent] input[type="checkbox"]')

		it('asks nothing and says the call is not recorded without a recording server', async () => {
			const wrapper = mountSidebar()
			expect(wrapper.text()).toContain('The call is not recorded')

			const session = await toCall(wrapper)

			expect(consentBox(wrapper).exists()).toBe(false)
			expect(session.consentSent).toBe(false)
		})

		it('mode 0: says the server can record, asks nothing, joins without consent', async () => {
			talkRecords(0)
			const wrapper = mountSidebar()
			expect(wrapper.text()).toContain('This server can record calls')
			expect(wrapper.text()).not.toContain('The call is not recorded')

			const session = await toCall(wrapper)

			expect(session.consentSent).toBe(false)
		})

		it('mode 1: a labelled checkbox on the preview, reached by keyboard; Call waits for it', async () => {
			talkRecords(1)
			const wrapper = mountSidebar()
			await toPreview(wrapper)

			const box = consentBox(wrapper)
			expect(box.exists()).toBe(true)
			expect(box.element.checked).toBe(false)
			expect(document.getElementById(box.attributes('aria-labelledby')!)?.textContent).toBe('I agree that this call may be recorded')
			expect(document.getElementById(box.attributes('aria-describedby')!)?.textContent).toBe('Without it, the call cannot start.')
			expect(wrapper.get('[data-recording-consent]').text()).toContain('This call might be recorded.')
			expect(button(wrapper, 'Call').attributes('disabled')).toBeDefined()
			expect(box.element.tabIndex).toBe(0)

			await box.setValue(true)
			expect(button(wrapper, 'Call').attributes('disabled')).toBeUndefined()
			await button(wrapper, 'Call').trigger('click')
			await flushPromises()

			expect(FakeCallSession.last().consentSent).toBe(true)
		})

		it('mode 2, consent off in the conversation: asks nothing', async () => {
			talkRecords(2)
			const wrapper = mountSidebar()
			await toPreview(wrapper)
			expect(consentBox(wrapper).exists()).toBe(false)

			await button(wrapper, 'Call').trigger('click')
			await flushPromises()

			expect(FakeCallSession.last().consentSent).toBe(false)
			expect(wrapper.get('[data-call-phase]').attributes('data-call-phase')).toBe('ringing')
		})

		it('mode 2, consent on in the conversation: asks after Call, announces and focuses it, joins once ticked', async () => {
			talkRecords(2)
			FakeCallSession.roomRecordingConsent = 1
			const wrapper = mountSidebar()
			await toPreview(wrapper)
			expect(consentBox(wrapper).exists()).toBe(false)

			await button(wrapper, 'Call').trigger('click')
			await flushPromises()

			const session = FakeCallSession.last()
			expect(session.consentSent).toBeNull()
			expect(wrapper.find('[data-call-phase]').exists()).toBe(false)
			expect(announced(wrapper)).toContain('This call might be recorded.')
			expect(document.activeElement).toBe(consentBox(wrapper).element)
			expect(button(wrapper, 'Call').attributes('disabled')).toBeDefined()

			await consentBox(wrapper).setValue(true)
			await button(wrapper, 'Call').trigger('click')
			await flushPromises()

			expect(session.consentSent).toBe(true)
			expect(wrapper.get('[data-call-phase]').attributes('data-call-phase')).toBe('ringing')
		})

		it('mode 2: cancelling the question hangs up before the call is joined', async () => {
			talkRecords(2)
			FakeCallSession.roomRecordingConsent = 1
			const wrapper = mountSidebar()
			await toCall(wrapper)

			await button(wrapper, 'Cancel').trigger('click')
			await flushPromises()

			const session = FakeCallSession.last()
			expect(session.consentSent).toBe(false)
			expect(session.hangUp).toHaveBeenCalled()
			expect(wrapper.get('aside').attributes('data-step')).toBe('ended')
			expect(mocks.cancelRequest).toHaveBeenCalled()
		})

		it('Talk refusing the call for missing consent ends clearly, and the next call asks first', async () => {
			FakeCallSession.nextStartFailure = new TalkApiError('call-join-call', 400, { error: 'consent' }, false)
			const wrapper = mountSidebar()
			await toCall(wrapper)

			expect(wrapper.get('aside').attributes('data-step')).toBe('ended')
			expect(wrapper.text()).toContain('Consent to recording needed')
			expect(announced(wrapper)).toContain('needs your consent')

			await button(wrapper, 'Call again').trigger('click')
			await flushPromises()

			expect(wrapper.get('aside').attributes('data-step')).toBe('preview')
			expect(FakeCallSession.instances).toHaveLength(1)
			expect(consentBox(wrapper).exists()).toBe(true)
			await consentBox(wrapper).setValue(true)
			await button(wrapper, 'Call').trigger('click')
			await flushPromises()
			expect(FakeCallSession.last().consentSent).toBe(true)
		})
	})
})

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CallView } from '../../demo/client/talk/CallView.ts'

// The demo's stand-in of Talk web's call view: what it does when the conversation opens, and when its user joins the call.

const { talk, steps, signaling } = vi.hoisted(() => {
	const steps: string[] = []
	return {
		steps,
		/** The handlers the view gave its signaling */
		signaling: { handlers: null as null | {
			usersInRoom(users: { sessionId: string, inCall: number }[]): void
			gone(status: number): void
		} },
		talk: {
			joinRoom: vi.fn(async () => {
				steps.push('join room')
				return { sessionId: 'talk-session-of-alice' }
			}),
			signalingSettings: vi.fn(async () => {
				steps.push('signaling settings')
				return { signalingMode: 'internal', stunservers: [], turnservers: [] }
			}),
			joinCall: vi.fn(async (_token: string, flags: number) => {
				steps.push(`join call ${flags}`)
			}),
			leaveCall: vi.fn(async () => {}),
			leaveRoom: vi.fn(async () => {}),
		},
	}
})

vi.mock('../../demo/client/talk/talkRest.ts', () => talk)
vi.mock('../../demo/client/talk/InternalSignaling.ts', () => ({
	InternalSignaling: class {
		constructor(_token: string, _session: string, handlers: typeof signaling.handlers) {
			signaling.handlers = handlers
		}

		start(): void {
			steps.push('pull signaling')
		}

		async stop(): Promise<void> {}
	},
}))

const onGone = vi.fn()

function view(): CallView {
	document.body.innerHTML = '<p></p><video id="remote"></video><span></span><span></span><video id="self"></video><button></button>'
	const self = document.querySelector<HTMLVideoElement>('#self')!
	Object.defineProperty(self, 'srcObject', { value: null, writable: true })
	return new CallView('room1234', 'Alice', {
		status: document.querySelector('p')!,
		remoteVideo: document.querySelector<HTMLVideoElement>('#remote')!,
		remoteName: document.querySelectorAll('span')[0]!,
		remoteMuted: document.querySelectorAll('span')[1]!,
		selfVideo: self,
		leave: document.querySelector('button')!,
		onGone,
	})
}

beforeEach(() => {
	steps.length = 0
	onGone.mockReset()
	window.history.replaceState(null, '', '/index.php/call/room1234')
	delete document.body.dataset.callState
	vi.stubGlobal('navigator', {
		mediaDevices: {
			getUserMedia: vi.fn(async () => {
				steps.push('camera')
				return { getTracks: () => [] }
			}),
		},
	})
})

describe('the Talk web stand-in\'s call view', () => {
	it('joins the conversation and starts its signaling when the page opens, without the camera or the call', async () => {
		const callView = view()

		expect(await callView.open()).toBe(true)

		expect(steps).toEqual(['join room', 'signaling settings', 'pull signaling'])
		expect(document.body.dataset.callState).toBe('idle')
		expect(document.body.dataset.signalingMode).toBe('internal')
	})

	it('joins the call with its own camera, then Talk\'s join-call request with audio and video', async () => {
		const callView = view()
		await callView.open()
		steps.length = 0

		await callView.join()

		expect(steps).toEqual(['camera', 'join call 7'])
		expect(document.body.dataset.callState).toBe('waiting')
		expect(document.querySelector('button')!.disabled).toBe(false)
	})

	it('says so and offers no call when the conversation cannot be joined', async () => {
		talk.joinRoom.mockRejectedValueOnce(new Error('Talk answered 404'))
		const callView = view()

		expect(await callView.open()).toBe(false)

		expect(document.body.dataset.callState).toBe('failed')
		expect(document.querySelector('p')!.textContent).toBe('Could not open the conversation: Talk answered 404')
		expect(steps).toEqual([])
	})

	it('the other participant leaving the call: Talk web\'s waiting view, still in the call', async () => {
		const callView = view()
		await callView.open()
		await callView.join()
		signaling.handlers!.usersInRoom([{ sessionId: 'talk-session-of-alice', inCall: 7 }, { sessionId: 'zz-guest', inCall: 7 }])

		signaling.handlers!.usersInRoom([{ sessionId: 'talk-session-of-alice', inCall: 7 }])

		expect(document.body.dataset.callState).toBe('waiting')
		expect(document.querySelector('p')!.textContent).toBe('Waiting for others to join the call\u00A0…')
		expect(onGone).not.toHaveBeenCalled()
	})

	it('the conversation deleted (404 on the signaling): Talk web\'s "not found" view at /apps/spreed/not-found, the call left', async () => {
		const callView = view()
		await callView.open()
		await callView.join()

		signaling.handlers!.gone(404)

		expect(onGone).toHaveBeenCalledOnce()
		expect(window.location.pathname).toBe('/index.php/apps/spreed/not-found')
		expect(document.body.dataset.callState).toBe('ended')
		expect(document.querySelector('button')!.disabled).toBe(true)
	})

	it('a session replaced by another window (409) ends the call without claiming the conversation is gone', async () => {
		const callView = view()
		await callView.open()

		signaling.handlers!.gone(409)

		expect(onGone).not.toHaveBeenCalled()
		expect(window.location.pathname).toBe('/index.php/call/room1234')
		expect(document.body.dataset.callState).toBe('ended')
	})
})

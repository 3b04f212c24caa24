/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { PublicShareState } from '../../../../src/public-auth/publicShare.ts'
import type { FakeTrack } from '../../components/fakes/media.ts'

import { flushPromises } from '@vue/test-utils'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { installMediaDevices } from '../../components/fakes/media.ts'

const mocks = vi.hoisted(() => ({
	registerRequest: vi.fn(),
	cancelRequest: vi.fn(),
	cancelRequestOnPageUnload: vi.fn(),
}))

vi.mock('../../../../src/api/requests.ts', () => mocks)

const emailShare: PublicShareState = { shareType: 4, fileName: 'Scan.pdf', mode: 'approve', recipientEmail: 'bob@example.com' }
const linkShare: PublicShareState = { shareType: 3, fileName: 'Contract.pdf', mode: 'password', recipientEmail: null }

/** A fresh module: the remembered name lives in it */
const load = () => import('../../../../src/public-auth/sidebar/openSidebar.ts')

describe('openSidebar', () => {
	beforeAll(async () => {
		// The first import transforms the sidebar and the call client: slow on a busy machine
		await load()
	}, 60_000)

	beforeEach(() => {
		vi.resetModules()
	})

	it('appends the sidebar to the page and focuses its heading', async () => {
		const { openSidebar, SIDEBAR_ID } = await load()

		const handle = openSidebar(linkShare, { onClose: vi.fn() })
		await flushPromises()

		expect(handle.id).toBe(SIDEBAR_ID)
		expect(handle.isOpen()).toBe(true)
		const aside = document.getElementById(SIDEBAR_ID)!
		expect(aside.tagName).toBe('ASIDE')
		expect(document.activeElement).toBe(aside.querySelector('h2'))
	})

	it('pre-fills the name only for e-mail shares', async () => {
		const { openSidebar } = await load()

		openSidebar(emailShare, { onClose: vi.fn() }).close()
		const { openSidebar: openAgain } = await load()
		expect(document.querySelector('aside')).toBeNull()

		openAgain(emailShare, { onClose: vi.fn() })
		expect(document.querySelector<HTMLInputElement>('aside input')!.value).toBe('bob@example.com')
	})

	it('leaves the name empty for link shares', async () => {
		const { openSidebar } = await load()

		openSidebar(linkShare, { onClose: vi.fn() })

		expect(document.querySelector<HTMLInputElement>('aside input')!.value).toBe('')
	})

	it('closes once, removing the sidebar and telling the caller', async () => {
		const { openSidebar } = await load()
		const onClose = vi.fn()
		const handle = openSidebar(linkShare, { onClose })

		handle.close()
		handle.close()

		expect(onClose).toHaveBeenCalledTimes(1)
		expect(handle.isOpen()).toBe(false)
		expect(document.querySelector('aside')).toBeNull()
	})

	it('keeps the typed name when opened again', async () => {
		const { openSidebar } = await load()
		const first = openSidebar(emailShare, { onClose: vi.fn() })
		const input = document.querySelector<HTMLInputElement>('aside input')!
		input.value = 'Bob Builder'
		input.dispatchEvent(new Event('input'))
		await flushPromises()
		first.close()

		openSidebar(emailShare, { onClose: vi.fn() })

		expect(document.querySelector<HTMLInputElement>('aside input')!.value).toBe('Bob Builder')
	})

	it('calls about the share of the page (token from the hidden input) with the typed name', async () => {
		document.body.innerHTML = '<input type="hidden" id="sharingToken" value="DemoBankStmt003">'
		installMediaDevices()
		vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined)
		mocks.registerRequest.mockRejectedValue(new Error('Network Error'))
		const { openSidebar } = await load()
		openSidebar(linkShare, { onClose: vi.fn() })
		await flushPromises()

		const input = document.querySelector<HTMLInputElement>('aside input')!
		input.value = 'Bob Berg'
		input.dispatchEvent(new Event('input'))
		await flushPromises()
		document.querySelector('aside form')!.dispatchEvent(new Event('submit'))
		await flushPromises()
		document.querySelector<HTMLButtonElement>('aside .video-verification-sidebar__actions button:last-child')!.click()
		await flushPromises()

		expect(mocks.registerRequest).toHaveBeenCalledWith('DemoBankStmt003', 'Bob Berg', 'video')
		expect(document.querySelector('aside')!.textContent).toContain('Could not start the call')
	})

	it('switches the camera off when closed', async () => {
		installMediaDevices()
		vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined)
		const { openSidebar } = await load()
		const handle = openSidebar(emailShare, { onClose: vi.fn() })
		document.querySelector('aside form')!.dispatchEvent(new Event('submit'))
		await flushPromises()
		const stream = document.querySelector<HTMLVideoElement>('aside video')!.srcObject as MediaStream

		handle.close()

		expect((stream.getTracks() as unknown as FakeTrack[]).every((track) => track.readyState === 'ended')).toBe(true)
	})
})

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { INode } from '@nextcloud/files'

import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import SharingSection from '../../../src/sharing-section/SharingSection.vue'
import { NOW, record } from './records.ts'

const mocks = vi.hoisted(() => ({
	listFileRequests: vi.fn(),
	approveRequest: vi.fn(),
	declineRequest: vi.fn(),
	showError: vi.fn(),
}))

vi.mock('../../../src/api/decisions.ts', async (importOriginal) => ({
	...await importOriginal<Record<string, unknown>>(),
	listFileRequests: mocks.listFileRequests,
	approveRequest: mocks.approveRequest,
	declineRequest: mocks.declineRequest,
}))

vi.mock('../../../src/api/fileCallbacks.ts', () => ({
	listFileCallbacks: vi.fn().mockResolvedValue([]),
	callBack: vi.fn(),
}))

vi.mock('@nextcloud/dialogs', () => ({
	showError: mocks.showError,
}))

enableAutoUnmount(afterEach)

const node = { type: 'file', fileid: 42 } as unknown as INode

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

async function mountSection() {
	const wrapper = mount(SharingSection, { props: { node }, attachTo: document.body })
	await flushPromises()
	return wrapper
}

/**
 * A button anywhere in the page (dialogs render outside the section)
 *
 * @param text - its text
 */
function pageButton(text: string): HTMLButtonElement {
	const found = [...document.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent?.trim() === text)
	if (found === undefined) {
		throw new Error(`No button "${text}"`)
	}
	return found
}

/**
 * A checkbox in the page by its label
 *
 * @param label - its label text
 */
function checkbox(label: string): HTMLInputElement {
	const found = [...document.querySelectorAll<HTMLElement>('.checkbox-radio-switch')].find((item) => item.textContent?.includes(label))
	const input = found?.querySelector<HTMLInputElement>('input')
	if (!input) {
		throw new Error(`No checkbox "${label}"`)
	}
	return input
}

describe('SharingSection', () => {
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
		vi.setSystemTime(NOW * 1000)
		mocks.listFileRequests.mockReset().mockResolvedValue([
			record(),
			record({ requestId: 'req-0', status: 'used', releasedBy: 'approve', decidedAt: NOW - 3600, decidedBy: 'alice', decidedByDisplayName: 'Alice Adams', firstUsedAt: NOW - 3590, shareDeleted: true }),
		])
		mocks.approveRequest.mockReset()
		mocks.declineRequest.mockReset()
		mocks.showError.mockReset()
	})

	afterEach(() => {
		vi.useRealTimers()
	})

	it('lists an open request with name, e-mail, code, time and both actions', async () => {
		const wrapper = await mountSection()

		expect(mocks.listFileRequests).toHaveBeenCalledWith(42)
		expect(wrapper.get('h5').text()).toBe('Video verification')
		const open = wrapper.get('[data-request-id="req-1"]')
		expect(open.text()).toContain('Bob Berg')
		expect(open.text()).toContain('bob@example.com')
		expect(open.get('[data-code]').text()).toBe('482 913')
		expect(open.text()).toContain('Requested at')
		expect(open.findAll('button').map((button) => button.text())).toEqual(['Decline', 'Approve'])
	})

	it('lists a past request with the decision, by whom, first use and a deleted share, without actions', async () => {
		const wrapper = await mountSection()

		const past = wrapper.get('[data-request-id="req-0"]')
		expect(past.text()).toContain('Approved by Alice Adams')
		expect(past.text()).toContain('Released by approval in the call')
		expect(past.text()).toContain('First opened at')
		expect(past.text()).toContain('Share deleted')
		expect(past.findAll('button')).toHaveLength(0)
	})

	it('links the certificate of a finished record, and of no open or approved one', async () => {
		mocks.listFileRequests.mockResolvedValue([
			record(),
			record({ requestId: 'req-2', status: 'approved', releasedBy: 'approve', decidedAt: NOW - 10, decidedBy: 'alice' }),
			record({ requestId: 'req-0', requesterName: 'Łukasz Dvořák', status: 'declined', decidedAt: NOW - 3600, decidedBy: 'alice' }),
		])
		const wrapper = await mountSection()

		const link = wrapper.get('[data-request-id="req-0"] a.video-verification-record__certificate')
		expect(link.text()).toBe('Certificate (PDF)')
		expect(link.attributes('href')).toBe('/index.php/apps/video_verification/records/req-0/certificate.pdf')
		expect(link.attributes('download')).toBe('verification-req-0.pdf')
		expect(link.attributes('aria-label')).toBe('Certificate of verification for Łukasz Dvořák (PDF)')
		expect(wrapper.find('[data-request-id="req-1"] a.video-verification-record__certificate').exists()).toBe(false)
		expect(wrapper.find('[data-request-id="req-2"] a.video-verification-record__certificate').exists()).toBe(false)
	})

	it('says when nobody asked yet', async () => {
		mocks.listFileRequests.mockResolvedValue([])
		const wrapper = await mountSection()

		expect(wrapper.text()).toContain('Nobody has asked to open this file by video call yet.')
	})

	it('says when the list could not be loaded', async () => {
		mocks.listFileRequests.mockRejectedValue(new Error('Network Error'))
		const wrapper = await mountSection()

		expect(wrapper.text()).toContain('The requests could not be loaded.')
	})

	it('Approve opens the checklist; Confirm approves with what was ticked', async () => {
		const wrapper = await mountSection()
		mocks.approveRequest.mockResolvedValue(record({ status: 'approved', decidedAt: NOW, decidedBy: 'alice', decidedByDisplayName: 'Alice Adams', releasedBy: 'approve' }))

		await wrapper.get('[data-request-id="req-1"]').findAll('button')[1]!.trigger('click')
		await flushPromises()
		expect(document.querySelector('[data-approve-dialog]')?.textContent).toContain('482 913')

		checkbox('The face matches the photo ID').click()
		checkbox('I know this person').click()
		const note = document.querySelector<HTMLTextAreaElement>('[data-approve-dialog] textarea')!
		note.value = ' Passport seen '
		note.dispatchEvent(new Event('input'))
		await flushPromises()
		pageButton('Confirm approval').click()
		await flushPromises()

		expect(mocks.approveRequest).toHaveBeenCalledWith('req-1', { faceMatchesId: true, idFeaturesChecked: false, knownPerson: true, note: 'Passport seen' })
		expect(document.querySelector('[data-approve-dialog]')).toBeNull()
		expect(wrapper.get('[data-request-id="req-1"]').text()).toContain('Approved by Alice Adams')
	})

	it('Approve without ticking anything sends an empty checklist', async () => {
		const wrapper = await mountSection()
		mocks.approveRequest.mockResolvedValue(record({ status: 'approved' }))

		await wrapper.get('[data-request-id="req-1"]').findAll('button')[1]!.trigger('click')
		await flushPromises()
		pageButton('Confirm approval').click()
		await flushPromises()

		expect(mocks.approveRequest).toHaveBeenCalledWith('req-1', { faceMatchesId: false, idFeaturesChecked: false, knownPerson: false, note: '' })
	})

	it('a refused approval stays in the dialog with the reason and reads the list again', async () => {
		const wrapper = await mountSection()
		mocks.approveRequest.mockRejectedValue(ocsError(409, { error: 'request_closed', message: 'This request was already decided.' }))

		await wrapper.get('[data-request-id="req-1"]').findAll('button')[1]!.trigger('click')
		await flushPromises()
		pageButton('Confirm approval').click()
		await flushPromises()

		expect(document.querySelector('[data-approve-dialog]')?.textContent).toContain('This request was already decided.')
		expect(mocks.listFileRequests).toHaveBeenCalledTimes(2)
	})

	it('Cancel in the checklist approves nothing', async () => {
		const wrapper = await mountSection()

		await wrapper.get('[data-request-id="req-1"]').findAll('button')[1]!.trigger('click')
		await flushPromises()
		pageButton('Cancel').click()
		await flushPromises()

		expect(mocks.approveRequest).not.toHaveBeenCalled()
		expect(document.querySelector('[data-approve-dialog]')).toBeNull()
	})

	it('Decline asks first, then declines', async () => {
		const wrapper = await mountSection()
		mocks.declineRequest.mockResolvedValue(record({ status: 'declined', decidedAt: NOW, decidedBy: 'alice', decidedByDisplayName: 'Alice Adams' }))

		await wrapper.get('[data-request-id="req-1"]').findAll('button')[0]!.trigger('click')
		await flushPromises()
		expect(mocks.declineRequest).not.toHaveBeenCalled()
		expect(document.body.textContent).toContain('Bob Berg will not get access, and their call ends.')

		pageButton('Decline request').click()
		await flushPromises()

		expect(mocks.declineRequest).toHaveBeenCalledWith('req-1')
		expect(wrapper.get('[data-request-id="req-1"]').text()).toContain('Declined by Alice Adams')
	})

	it('a refused decline is shown as an error', async () => {
		const wrapper = await mountSection()
		mocks.declineRequest.mockRejectedValue(ocsError(409, { error: 'request_closed', message: 'This request is closed.' }))

		await wrapper.get('[data-request-id="req-1"]').findAll('button')[0]!.trigger('click')
		await flushPromises()
		pageButton('Decline request').click()
		await flushPromises()

		expect(mocks.showError).toHaveBeenCalledWith('This request is closed.')
	})
})

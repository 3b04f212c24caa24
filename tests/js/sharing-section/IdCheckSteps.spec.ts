/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { VerificationRecord } from '../../../src/api/decisions.ts'

import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import ApproveDialog from '../../../src/sharing-section/ApproveDialog.vue'
import { record } from './records.ts'

const mocks = vi.hoisted(() => ({
	startIdCheck: vi.fn(),
	showIdCheckStep: vi.fn(),
}))
vi.mock('../../../src/api/idCheck.ts', () => mocks)
vi.mock('@nextcloud/axios', () => ({
	default: {},
	isAxiosError: (error: { isAxiosError?: boolean }) => error?.isAxiosError === true,
}))

enableAutoUnmount(afterEach)

const PROMPTS = [
	{ key: 'tilt_hologram', text: 'Tilt the card slowly so the hologram changes' },
	{ key: 'show_back', text: 'Turn the card over and show its back' },
	{ key: 'cover_photo', text: 'Cover the photo on the card with a finger, then uncover it' },
]

/**
 * @param step - the check on the recipient's screen
 */
function withIdCheck(step: number): VerificationRecord {
	return record({ idCheck: { prompts: PROMPTS, step } })
}

/**
 * A button of the dialog (it renders into the body)
 *
 * @param text - its text or accessible name
 */
function dialogButton(text: string): HTMLButtonElement {
	const found = [...document.querySelectorAll<HTMLButtonElement>('[role="dialog"] button')]
		.find((button) => button.textContent?.trim() === text || button.getAttribute('aria-label') === text)
	if (found === undefined) {
		throw new Error(`No button "${text}"`)
	}
	return found
}

async function mountDialog(overrides: Partial<VerificationRecord> = {}) {
	const wrapper = mount(ApproveDialog, {
		props: { record: record(overrides), busy: false, error: null },
		attachTo: document.body,
	})
	await flushPromises()
	return wrapper
}

describe('the ID document check in the approve dialog', () => {
	beforeEach(() => {
		mocks.startIdCheck.mockReset().mockResolvedValue(withIdCheck(0))
		mocks.showIdCheckStep.mockReset().mockImplementation(async (_id: string, step: number) => withIdCheck(step))
	})

	it('asks for the document, shows the checks drawn, moves the recipient\'s screen and sends what was ticked', async () => {
		const wrapper = await mountDialog()

		dialogButton('Ask for ID document').click()
		await flushPromises()
		expect(mocks.startIdCheck).toHaveBeenCalledWith('req-1')
		const items = [...document.querySelectorAll('[data-id-check-key]')]
		expect(items.map((item) => item.getAttribute('data-id-check-key'))).toEqual(['tilt_hologram', 'show_back', 'cover_photo'])
		expect(items[0]!.textContent).toContain('On their screen')

		dialogButton('Show check 2 on their screen').click()
		await flushPromises()
		expect(mocks.showIdCheckStep).toHaveBeenCalledWith('req-1', 1)
		expect(document.querySelectorAll('[data-id-check-key]')[1]!.textContent).toContain('On their screen')

		for (const index of [1, 2]) {
			document.querySelectorAll<HTMLInputElement>('[data-id-check-key] input[type="checkbox"]')[index]!.click()
			await flushPromises()
		}
		document.querySelectorAll<HTMLInputElement>('[data-id-check-key] input[type="checkbox"]')[2]!.click()
		await flushPromises()
		dialogButton('Confirm approval').click()

		expect(wrapper.emitted('confirm')![0]![0]).toMatchObject({ idChecksConfirmed: ['show_back'] })
	})

	it('an approval without ID check sends no prompts', async () => {
		const wrapper = await mountDialog()

		dialogButton('Confirm approval').click()

		expect(wrapper.emitted('confirm')![0]![0]).not.toHaveProperty('idChecksConfirmed')
	})

	it('shows why asking failed', async () => {
		mocks.startIdCheck.mockRejectedValue({ isAxiosError: true, response: { status: 409, data: { ocs: { data: { error: 'request_closed', message: 'This request was already decided, has ended or has expired.' } } } } })
		await mountDialog()

		dialogButton('Ask for ID document').click()
		await flushPromises()

		expect(document.querySelector('[data-id-check-steps]')!.textContent).toContain('This request was already decided, has ended or has expired.')
		expect(document.querySelectorAll('[data-id-check-key]')).toHaveLength(0)
	})

	it('a call without video: the sharer is warned and no ID check is offered', async () => {
		await mountDialog({ callMedia: 'audio' })

		expect(document.querySelector('[data-no-video]')!.textContent).toContain('No video: you cannot see this person')
		expect(document.querySelector('[data-id-check-steps]')).toBeNull()
	})
})

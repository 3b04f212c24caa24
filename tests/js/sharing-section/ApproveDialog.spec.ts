/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import ApproveDialog from '../../../src/sharing-section/ApproveDialog.vue'
import { record } from './records.ts'

enableAutoUnmount(afterEach)

/**
 * A button of the dialog (it renders into the body)
 *
 * @param text - its text
 */
function dialogButton(text: string): HTMLButtonElement {
	const found = [...document.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent?.trim() === text)
	if (found === undefined) {
		throw new Error(`No button "${text}"`)
	}
	return found
}

async function mountDialog(props: { busy?: boolean, error?: string | null } = {}) {
	const wrapper = mount(ApproveDialog, {
		props: { record: record({ requesterName: 'Bob <Berg>' }), busy: false, error: null, ...props },
		attachTo: document.body,
	})
	await flushPromises()
	return wrapper
}

describe('ApproveDialog', () => {
	it('names the caller, the file and the code, and offers the optional checklist', async () => {
		await mountDialog()

		const dialog = document.querySelector('[data-approve-dialog]')!
		expect(document.body.textContent).toContain('Approve Bob <Berg>')
		expect(dialog.textContent).toContain('Bob <Berg> gets access to Bank statement.pdf')
		expect(dialog.textContent).toContain('Read-back code: 482 913')
		expect(dialog.querySelectorAll('input[type="checkbox"]')).toHaveLength(3)
		expect(dialog.querySelector('textarea')).not.toBeNull()
	})

	it('refuses a note longer than 500 characters', async () => {
		const wrapper = await mountDialog()
		const note = document.querySelector<HTMLTextAreaElement>('[data-approve-dialog] textarea')!

		note.value = 'x'.repeat(501)
		note.dispatchEvent(new Event('input'))
		await flushPromises()

		expect(dialogButton('Confirm approval').disabled).toBe(true)
		expect(document.body.textContent).toContain('Use at most 500 characters.')
		dialogButton('Confirm approval').click()
		expect(wrapper.emitted('confirm')).toBeUndefined()
	})

	it('cannot be confirmed twice while the approval is on its way', async () => {
		await mountDialog({ busy: true })

		expect(dialogButton('Confirm approval').disabled).toBe(true)
		expect(dialogButton('Cancel').disabled).toBe(true)
	})

	it('shows why the approval failed', async () => {
		await mountDialog({ error: 'This request was already decided.' })

		expect(document.querySelector('[data-approve-dialog]')!.textContent).toContain('This request was already decided.')
	})

	it('Cancel closes it', async () => {
		const wrapper = await mountDialog()

		dialogButton('Cancel').click()
		await flushPromises()

		expect(wrapper.emitted('close')).toHaveLength(1)
		expect(wrapper.emitted('confirm')).toBeUndefined()
	})
})

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import RequestSidebar from '../../../../src/public-auth/sidebar/RequestSidebar.vue'

function mountSidebar(props: Partial<{ mode: 'approve' | 'password', name: string, fileName: string }> = {}) {
	return mount(RequestSidebar, {
		props: { id: 'sidebar', fileName: 'Contract.pdf', mode: 'approve', name: '', ...props },
		attachTo: document.body,
	})
}

describe('RequestSidebar', () => {
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

		await wrapper.get('button[aria-label="Close"]').trigger('click')
		await wrapper.get('input').trigger('keydown', { key: 'Escape' })
		await wrapper.get('input').trigger('keydown', { key: 'Enter' })

		expect(wrapper.emitted('close')).toHaveLength(2)
	})
})

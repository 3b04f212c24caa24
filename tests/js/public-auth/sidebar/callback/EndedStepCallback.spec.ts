/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type * as CallbackApi from '../../../../../src/api/callback.ts'

import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import EndedStep from '../../../../../src/public-auth/sidebar/steps/EndedStep.vue'

vi.mock('../../../../../src/api/callback.ts', async (importOriginal) => ({
	...(await importOriginal<typeof CallbackApi>()),
	askForCallback: vi.fn(),
	readCallback: vi.fn(),
}))

enableAutoUnmount(afterEach)

const text = { title: 'No answer', details: ['Try again later.'], canCallAgain: true }
const request = { requestId: 'r1', secret: 's3cret' }

describe('EndedStep and "Ask to be called back"', () => {
	it('offers it when nobody answered', () => {
		const wrapper = mount(EndedStep, { props: { text, reason: 'no-answer', request } })

		expect(wrapper.find('[data-callback]').exists()).toBe(true)
		expect(wrapper.text()).toContain('Ask to be called back')
	})

	it('not for other endings, nor without a request', () => {
		expect(mount(EndedStep, { props: { text, reason: 'declined', request } }).find('[data-callback]').exists()).toBe(false)
		expect(mount(EndedStep, { props: { text, reason: 'no-answer', request: null } }).find('[data-callback]').exists()).toBe(false)
	})

	it('a call back calls again', async () => {
		const wrapper = mount(EndedStep, { props: { text, reason: 'no-answer', request } })

		wrapper.findComponent({ name: 'CallbackOffer' }).vm.$emit('callBack')

		expect(wrapper.emitted('callAgain')).toHaveLength(1)
	})
})

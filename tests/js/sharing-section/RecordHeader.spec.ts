/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import RecordHeader from '../../../src/sharing-section/RecordHeader.vue'

enableAutoUnmount(afterEach)

/**
 * The header inside a card, as the section's lists hold it
 *
 * @param slots - what goes beside the name and between name and time
 */
function mountInCard(slots: Record<string, () => unknown> = {}) {
	return mount(defineComponent({
		render: () => h('li', [h(RecordHeader, { name: '<b>Bob</b> Berg', meta: 'Requested at 14:02' }, slots)]),
	}))
}

describe('RecordHeader', () => {
	it('shows the name, then the time, as plain text', () => {
		const paragraphs = mountInCard().findAll('li > p')

		expect(paragraphs.map((paragraph) => paragraph.classes())).toEqual([['video-verification-record-header__name'], ['video-verification-record-header__meta']])
		expect(paragraphs[0]!.text()).toBe('<b>Bob</b> Berg')
		expect(paragraphs[0]!.find('b').exists()).toBe(false)
		expect(paragraphs[1]!.text()).toBe('Requested at 14:02')
	})

	it('puts the aside in the name\'s line and the rest between the name and the time', () => {
		const wrapper = mountInCard({
			aside: () => h('span', { class: 'email' }, 'bob@example.com'),
			default: () => h('p', { class: 'code' }, 'Code 482 913'),
		})

		const children = [...wrapper.get('li').element.children]
		expect(children.map((child) => child.className)).toEqual(['video-verification-record-header__name', 'code', 'video-verification-record-header__meta'])
		expect(wrapper.get('.video-verification-record-header__name').text()).toBe('<b>Bob</b> Berg bob@example.com')
	})
})

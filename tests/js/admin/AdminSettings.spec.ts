/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { TalkStatus } from '../../../src/admin/talkStatus.ts'

import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import AdminSettings from '../../../src/admin/AdminSettings.vue'

const mountWith = (talkStatus: TalkStatus) => mount(AdminSettings, { props: { talkStatus } })

describe('AdminSettings', () => {
	it('is the "Video verification" section', () => {
		const wrapper = mountWith({ installed: true, enabledForAll: true, version: '23.0.1' })

		expect(wrapper.get('h2').text()).toBe('Video verification')
	})

	it('says clearly when Talk is missing', () => {
		const wrapper = mountWith({ installed: false, enabledForAll: false, version: null })

		expect(wrapper.text()).toContain('Video verification needs Nextcloud Talk. Install and enable the Talk app.')
		expect(wrapper.text()).not.toContain('is installed and enabled')
	})

	it('confirms Talk with its version', () => {
		const wrapper = mountWith({ installed: true, enabledForAll: true, version: '23.0.1' })

		expect(wrapper.text()).toContain('Nextcloud Talk 23.0.1 is installed and enabled.')
		expect(wrapper.text()).not.toContain('needs Nextcloud Talk')
		expect(wrapper.text()).not.toContain('limited to some groups')
	})

	it('confirms Talk without a known version', () => {
		const wrapper = mountWith({ installed: true, enabledForAll: true, version: null })

		expect(wrapper.text()).toContain('Nextcloud Talk is installed and enabled.')
	})

	it('warns when Talk is limited to some groups', () => {
		const wrapper = mountWith({ installed: true, enabledForAll: false, version: '24.0.0' })

		expect(wrapper.text()).toContain('Talk is limited to some groups. Only people who may use Talk can turn on Password via Talk.')
	})

	it('has no controls yet', () => {
		const wrapper = mountWith({ installed: true, enabledForAll: true, version: '23.0.1' })

		expect(wrapper.findAll('input, select, textarea, button')).toHaveLength(0)
	})
})

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { SetupCheckResult } from '../../../src/admin/adminState.ts'
import type { TalkStatus } from '../../../src/admin/talkStatus.ts'
import type { AdminSettings as Settings } from '../../../src/api/types.ts'

import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import AdminSettings from '../../../src/admin/AdminSettings.vue'

vi.mock('@nextcloud/axios', () => ({
	default: { put: vi.fn() },
	isAxiosError: () => false,
}))

vi.mock('@nextcloud/dialogs', () => ({
	showError: vi.fn(),
	showSuccess: vi.fn(),
}))

const DEFAULT_SETTINGS: Settings = {
	usableBy: 'everyone',
	allowedGroups: [],
	requiredGroups: [],
	defaultMode: 'approve',
	requestTtlMinutes: 15,
	grantTtlMinutes: 0,
	retentionDays: 365,
	allowCallsWithoutVideo: false,
}

const CHECKS: SetupCheckResult[] = [
	{ name: 'Video verification: Nextcloud Talk', severity: 'error', description: 'Nextcloud Talk is not installed or not enabled.' },
	{ name: 'Video verification: STUN and TURN', severity: 'warning', description: 'No TURN server is configured in Talk.' },
]

/**
 * Mount the page as main.ts does
 *
 * @param talkStatus - initial state talk_status
 * @param setupChecks - initial state setup_checks
 */
function mountWith(talkStatus: TalkStatus, setupChecks: SetupCheckResult[] = CHECKS) {
	return mount(AdminSettings, {
		props: { talkStatus, settings: DEFAULT_SETTINGS, groups: [], setupChecks },
	})
}

describe('AdminSettings', () => {
	it('is the "Video verification" section with a status section', () => {
		const wrapper = mountWith({ installed: true, enabledForAll: true, version: '23.0.1' })

		expect(wrapper.findAll('h2').map((heading) => heading.text())).toEqual(['Video verification', 'Status', 'Verification records'])
	})

	it('says clearly when Talk is missing', () => {
		const wrapper = mountWith({ installed: false, enabledForAll: false, version: null })

		expect(wrapper.text()).toContain('Video verification needs Nextcloud Talk. Install and enable the Talk app.')
		expect(wrapper.text()).not.toContain('is installed and enabled')
	})

	it('confirms Talk with its version', () => {
		const wrapper = mountWith({ installed: true, enabledForAll: true, version: '23.0.1' })

		expect(wrapper.text()).toContain('Nextcloud Talk 23.0.1 is installed and enabled.')
		expect(wrapper.text()).not.toContain('limited to some groups')
	})

	it('warns when Talk is limited to some groups', () => {
		const wrapper = mountWith({ installed: true, enabledForAll: false, version: '24.0.0' })

		expect(wrapper.text()).toContain('Talk is limited to some groups. Only people who may use Talk can turn on Password via Talk.')
	})

	it('lists every setup check with its severity in the status panel', () => {
		const wrapper = mountWith({ installed: false, enabledForAll: false, version: null })

		const items = wrapper.findAll('.video-verification-checks__item')
		expect(items.map((item) => item.attributes('data-severity'))).toEqual(['error', 'warning'])
		expect(items[0]!.text()).toContain('Error')
		expect(items[0]!.text()).toContain('Video verification: Nextcloud Talk')
		expect(items[1]!.text()).toContain('Warning')
		expect(items[1]!.text()).toContain('No TURN server is configured in Talk.')
	})

	it('has the policy form', () => {
		const wrapper = mountWith({ installed: true, enabledForAll: true, version: '23.0.1' })

		expect(wrapper.find('form.video-verification-policy').exists()).toBe(true)
	})
})

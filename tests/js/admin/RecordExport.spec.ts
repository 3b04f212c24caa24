/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import RecordExport from '../../../src/admin/RecordExport.vue'

describe('RecordExport', () => {
	it('is a download link to the CSV export', () => {
		const wrapper = mount(RecordExport)

		const link = wrapper.get('a')
		expect(link.text()).toBe('Download records (CSV)')
		expect(link.attributes('href')).toBe('/index.php/apps/video_verification/admin/records.csv')
		expect(link.attributes('download')).toBe('video-verification-records.csv')
	})

	it('says what the file holds and how formulas are defused', () => {
		const wrapper = mount(RecordExport)

		expect(wrapper.text()).toContain('as a CSV file for spreadsheets')
		expect(wrapper.text()).toContain('start with an apostrophe')
	})
})

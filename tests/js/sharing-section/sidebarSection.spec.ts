/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { INode } from '@nextcloud/files'

import { describe, expect, it } from 'vitest'
import { SECTION_ELEMENT_NAME, sidebarSection } from '../../../src/sharing-section/sidebarSection.ts'

describe('sidebarSection', () => {
	it('names the custom element with our app\'s prefix', () => {
		expect(SECTION_ELEMENT_NAME).toBe('oca_video_verification-sharing_section')
		expect(sidebarSection.element).toBe(SECTION_ELEMENT_NAME)
		expect(sidebarSection.id).toBe('video_verification')
		expect(typeof sidebarSection.order).toBe('number')
	})

	it('is shown for a node with a file id, not for one without', () => {
		expect(sidebarSection.enabled({ fileid: 42, type: 'file' } as unknown as INode)).toBe(true)
		expect(sidebarSection.enabled({ type: 'folder', fileid: 7 } as unknown as INode)).toBe(true)
		expect(sidebarSection.enabled({ type: 'file' } as unknown as INode)).toBe(false)
	})
})

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { INode } from '@nextcloud/files'
import type { IShare } from '@nextcloud/sharing'

import { afterEach, describe, expect, it, vi } from 'vitest'
import { ELEMENT_NAME, sidebarAction } from '../../../src/share-option/sidebarAction.ts'

const mocks = vi.hoisted(() => ({
	policy: undefined as unknown,
}))

vi.mock('@nextcloud/initial-state', () => ({
	loadState: (_app: string, key: string, fallback?: unknown) => (key === 'share_policy' && mocks.policy !== undefined ? mocks.policy : fallback),
}))

const node = { type: 'file' } as unknown as INode
const shareOfType = (type: number) => ({ id: 1, type }) as unknown as IShare

describe('sidebar action', () => {
	it('names our custom element', () => {
		expect(sidebarAction.id).toBe('video_verification')
		expect(sidebarAction.element).toBe('oca_video_verification-sharing_action')
		expect(ELEMENT_NAME).toBe(sidebarAction.element)
	})

	it.each([
		[3, 'link', true],
		[4, 'e-mail', true],
		[0, 'user', false],
		[1, 'group', false],
		[6, 'federated', false],
		[10, 'Talk room', false],
	])('is enabled for share type %i (%s): %s', (type, _name, expected) => {
		expect(sidebarAction.enabled(shareOfType(type), node)).toBe(expected)
	})

	it('is enabled for folders too', () => {
		expect(sidebarAction.enabled(shareOfType(3), { type: 'folder' } as unknown as INode)).toBe(true)
	})

	describe('administrator policy', () => {
		afterEach(() => {
			mocks.policy = undefined
		})

		it('hides itself from users the administrator did not allow', () => {
			mocks.policy = { allowed: false, required: false, defaultMode: 'approve' }

			expect(sidebarAction.enabled(shareOfType(3), node)).toBe(false)
		})

		it('shows for allowed users', () => {
			mocks.policy = { allowed: true, required: true, defaultMode: 'approve' }

			expect(sidebarAction.enabled(shareOfType(4), node)).toBe(true)
		})
	})
})

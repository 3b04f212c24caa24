/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it } from 'vitest'
import { savedShareId, shareHasPassword } from '../../../src/share-option/hostShare.ts'

describe('host share', () => {
	it.each([undefined, null, ''])('has no id before it is saved (%s)', (id) => {
		expect(savedShareId({ id, type: 3 })).toBeNull()
	})

	it('has no id without a share', () => {
		expect(savedShareId(undefined)).toBeNull()
	})

	it('gives numeric and string ids as strings', () => {
		expect(savedShareId({ id: 42, type: 3 })).toBe('42')
		expect(savedShareId({ id: '17', type: 4 })).toBe('17')
	})

	it('knows whether the share has or gets a password', () => {
		expect(shareHasPassword({ type: 3, password: '$2y$hash' })).toBe(true)
		expect(shareHasPassword({ type: 3, password: '', newPassword: 'typed in the dialog' })).toBe(true)
		expect(shareHasPassword({ type: 3, password: '' })).toBe(false)
		expect(shareHasPassword({ type: 3, password: null })).toBe(false)
	})
})

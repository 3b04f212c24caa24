/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { OptionState, SavedState } from '../../../src/share-option/optionState.ts'

import { describe, expect, it } from 'vitest'
import { UNSAVED_STATE } from '../../../src/share-option/optionState.ts'
import { passwordRequirement } from '../../../src/share-option/passwordRequirement.ts'

const LINK = 3
const EMAIL = 4
const passwordMode: OptionState = { enabled: true, mode: 'password', password: '' }
const savedPasswordMode: SavedState = { enabled: true, mode: 'password', passwordGenerated: false }
const savedApproveMode: SavedState = { enabled: true, mode: 'approve', passwordGenerated: true }

describe('passwordRequirement', () => {
	it('needs nothing while off or in approve mode', () => {
		expect(passwordRequirement({ ...passwordMode, enabled: false }, UNSAVED_STATE, EMAIL, false)).toBeNull()
		expect(passwordRequirement({ ...passwordMode, mode: 'approve' }, UNSAVED_STATE, EMAIL, false)).toBeNull()
	})

	it('needs a new password when an e-mail share enters password mode', () => {
		expect(passwordRequirement(passwordMode, UNSAVED_STATE, EMAIL, true)).toBe('email_needs_new_password')
		expect(passwordRequirement(passwordMode, savedApproveMode, EMAIL, true)).toBe('email_needs_new_password')
	})

	it('needs a password for a link without one', () => {
		expect(passwordRequirement(passwordMode, UNSAVED_STATE, LINK, false)).toBe('no_known_password')
	})

	it('needs a password for a link whose password was generated', () => {
		expect(passwordRequirement(passwordMode, savedApproveMode, LINK, true)).toBe('no_known_password')
		expect(passwordRequirement(passwordMode, { ...UNSAVED_STATE, passwordGenerated: true }, LINK, true)).toBe('no_known_password')
	})

	it('keeps the sharer\'s own link password', () => {
		expect(passwordRequirement(passwordMode, UNSAVED_STATE, LINK, true)).toBeNull()
	})

	it('needs nothing once saved in password mode', () => {
		expect(passwordRequirement(passwordMode, savedPasswordMode, EMAIL, true)).toBeNull()
		expect(passwordRequirement(passwordMode, savedPasswordMode, LINK, true)).toBeNull()
	})
})

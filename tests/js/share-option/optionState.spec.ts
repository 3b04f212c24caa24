/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { OptionState, SavedState } from '../../../src/share-option/optionState.ts'

import { describe, expect, it } from 'vitest'
import { hasTypedPassword, pendingUpdate, UNSAVED_STATE } from '../../../src/share-option/optionState.ts'

const off: OptionState = { enabled: false, mode: 'approve', password: '' }
const savedOn: SavedState = { enabled: true, mode: 'approve', passwordGenerated: true }

describe('pendingUpdate', () => {
	it('is null when nothing changed', () => {
		expect(pendingUpdate(off, UNSAVED_STATE)).toBeNull()
		expect(pendingUpdate({ enabled: true, mode: 'approve', password: '' }, savedOn)).toBeNull()
	})

	it('turns verification on in approve mode without a password', () => {
		expect(pendingUpdate({ enabled: true, mode: 'approve', password: '' }, UNSAVED_STATE))
			.toEqual({ enabled: true, mode: 'approve' })
	})

	it('turns verification off', () => {
		expect(pendingUpdate(off, savedOn)).toEqual({ enabled: false, mode: 'approve' })
	})

	it('sends a mode change', () => {
		expect(pendingUpdate({ enabled: true, mode: 'password', password: 'Secret 12345' }, savedOn))
			.toEqual({ enabled: true, mode: 'password', password: 'Secret 12345' })
	})

	it('ignores a mode change while verification stays off', () => {
		expect(pendingUpdate({ enabled: false, mode: 'password', password: 'typed' }, UNSAVED_STATE)).toBeNull()
	})

	it('sends a new password typed in password mode', () => {
		const saved: SavedState = { enabled: true, mode: 'password', passwordGenerated: false }
		expect(pendingUpdate({ enabled: true, mode: 'password', password: 'New one 999' }, saved))
			.toEqual({ enabled: true, mode: 'password', password: 'New one 999' })
	})

	it('never sends a password in approve mode', () => {
		expect(pendingUpdate({ enabled: true, mode: 'approve', password: 'left over' }, UNSAVED_STATE))
			.toEqual({ enabled: true, mode: 'approve' })
	})

	it('treats a password of only spaces as none', () => {
		const saved: SavedState = { enabled: true, mode: 'password', passwordGenerated: false }
		expect(pendingUpdate({ enabled: true, mode: 'password', password: '   ' }, saved)).toBeNull()
		expect(hasTypedPassword({ enabled: true, mode: 'password', password: '   ' })).toBe(false)
	})
})

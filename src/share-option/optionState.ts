/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { ReleaseMode, ShareVerificationSettings, ShareVerificationUpdate } from '../api/types.ts'

/** What the sharer currently sees in the share dialog. */
export interface OptionState {
	enabled: boolean
	mode: ReleaseMode
	/** The password typed into our field, '' when none */
	password: string
}

/** What the server last told us about the share. */
export type SavedState = Pick<ShareVerificationSettings, 'enabled' | 'mode' | 'passwordGenerated'>

/** The state of a share nobody has turned verification on for. */
export const UNSAVED_STATE: SavedState = Object.freeze({
	enabled: false,
	mode: 'approve',
	passwordGenerated: false,
})

/**
 * Whether the sharer typed a password that must be sent
 *
 * @param current - what the dialog shows
 */
export function hasTypedPassword(current: OptionState): boolean {
	return current.enabled && current.mode === 'password' && current.password.trim() !== ''
}

/**
 * The body to PUT, or null when the dialog shows what the server already has
 *
 * @param current - what the dialog shows
 * @param saved - what the server has
 */
export function pendingUpdate(current: OptionState, saved: SavedState): ShareVerificationUpdate | null {
	const typedPassword = hasTypedPassword(current)
	const sameSwitch = current.enabled === saved.enabled
	// The mode means nothing while verification is off, so changing it alone is no change
	const sameMode = !current.enabled || current.mode === saved.mode
	if (sameSwitch && sameMode && !typedPassword) {
		return null
	}
	return {
		enabled: current.enabled,
		mode: current.mode,
		...(typedPassword ? { password: current.password } : {}),
	}
}

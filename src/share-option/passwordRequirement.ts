/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { OptionState, SavedState } from './optionState.ts'

import { ShareType } from '@nextcloud/sharing'

/** Why the sharer must type a password, or null when they need not. */
export type PasswordRequirement = null | 'email_needs_new_password' | 'no_known_password'

/**
 * Whether "Tell the password in the call" needs a password typed now.
 *
 * The sharer must know the password they will tell. An e-mail share needs a
 * new password whenever the Talk flag changes (Nextcloud refuses the update
 * otherwise), and a link without a password, or with the random one the app
 * generated, has none the sharer could tell.
 *
 * @param current - what the dialog shows
 * @param saved - what the server has
 * @param shareType - the share's type
 * @param shareHasPassword - the share carries a password (set by the sharer or generated)
 */
export function passwordRequirement(current: OptionState, saved: SavedState, shareType: number, shareHasPassword: boolean): PasswordRequirement {
	if (!current.enabled || current.mode !== 'password') {
		return null
	}
	const entersPasswordMode = !saved.enabled || saved.mode !== 'password'
	if (!entersPasswordMode) {
		return null
	}
	if (shareType === ShareType.Email) {
		return 'email_needs_new_password'
	}
	if (!shareHasPassword || saved.passwordGenerated) {
		return 'no_known_password'
	}
	return null
}

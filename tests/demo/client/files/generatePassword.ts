/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

// files_sharing's alphabet without look-alike characters (utils/GeneratePassword.ts)
const PASSWORD_CHARSET = 'abcdefgijkmnopqrstwxyzABCDEFGHJKLMNPQRSTWXYZ23456789'

/**
 * A random share password, as files_sharing generates one locally when no
 * password policy app offers a generator.
 */
export function generatePassword(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(10))
	return Array.from(bytes, (byte) => PASSWORD_CHARSET[byte % PASSWORD_CHARSET.length]).join('')
}

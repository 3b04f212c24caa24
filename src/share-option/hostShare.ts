/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * The parts of files_sharing's Share object we read. The host hands its own
 * Share model (not a plain IShare): `id` is empty until the share is saved, and
 * `newPassword` holds a password typed in the dialog but not saved yet.
 */
export interface HostShare {
	id?: string | number | null
	type: number
	password?: string | null
	newPassword?: string | null
	/** Nextcloud's own "Video verification" flag (Talk's password request) */
	sendPasswordByTalk?: boolean
}

/**
 * The share's id as our API wants it, or null for a share not saved yet
 *
 * @param share - the host's share, if any
 */
export function savedShareId(share: HostShare | null | undefined): string | null {
	const id = share?.id
	if (id === undefined || id === null || id === '') {
		return null
	}
	return String(id)
}

/**
 * Whether the share has (or is about to get) a password
 *
 * @param share - the host's share
 */
export function shareHasPassword(share: HostShare | null | undefined): boolean {
	return Boolean(share?.password || share?.newPassword)
}

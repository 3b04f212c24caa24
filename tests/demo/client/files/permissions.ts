/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/** Share permission bits (files_sharing lib/SharePermissionsToolBox.js). */
export const ATOMIC_PERMISSIONS = {
	NONE: 0,
	READ: 1,
	UPDATE: 2,
	CREATE: 4,
	DELETE: 8,
	SHARE: 16,
} as const

const { READ, UPDATE, CREATE, DELETE, SHARE } = ATOMIC_PERMISSIONS

/** The bundles the details view offers as radio buttons. */
export const BUNDLED_PERMISSIONS = {
	READ_ONLY: READ,
	UPLOAD_AND_UPDATE: READ | UPDATE | CREATE | DELETE,
	FILE_DROP: CREATE,
	ALL: UPDATE | CREATE | READ | DELETE | SHARE,
	ALL_FILE: UPDATE | READ | SHARE,
} as const

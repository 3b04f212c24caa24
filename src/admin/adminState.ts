/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/** Initial state `groups` of the admin page: the groups the pickers offer. */
export interface GroupOption {
	id: string
	displayName: string
}

/** One entry of initial state `setup_checks`: a setup check's result, as the admin overview shows it. */
export interface SetupCheckResult {
	name: string
	severity: 'success' | 'info' | 'warning' | 'error'
	description: string
}

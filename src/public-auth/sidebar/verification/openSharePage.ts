/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { generateUrl } from '@nextcloud/router'

/**
 * Load the public share page again: this browser session is unlocked now, so Nextcloud shows
 * the file instead of the password form.
 *
 * @param shareToken - the share's token
 */
export function openSharePage(shareToken: string): void {
	window.location.assign(generateUrl('/s/{token}', { token: shareToken }))
}

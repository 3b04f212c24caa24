/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { OcsResponse, ShareVerificationSettings, ShareVerificationUpdate } from './types.ts'

import axios from '@nextcloud/axios'
import { generateOcsUrl } from '@nextcloud/router'

/**
 * URL of the verification settings of one share
 *
 * @param shareId - the id files_sharing's OCS API gives the share
 */
export function shareSettingsUrl(shareId: string): string {
	return generateOcsUrl('apps/video_verification/api/v1/shares/{shareId}', { shareId })
}

/**
 * Read the verification settings of a share
 *
 * @param shareId - the id files_sharing's OCS API gives the share
 */
export async function getShareSettings(shareId: string): Promise<ShareVerificationSettings> {
	const response = await axios.get<OcsResponse<ShareVerificationSettings>>(shareSettingsUrl(shareId))
	return response.data.ocs.data
}

/**
 * Turn verification on or off for a share, or change its release mode
 *
 * @param shareId - the id files_sharing's OCS API gives the share
 * @param update - the wanted state; `password` only when the sharer typed one
 */
export async function updateShareSettings(shareId: string, update: ShareVerificationUpdate): Promise<ShareVerificationSettings> {
	const response = await axios.put<OcsResponse<ShareVerificationSettings>>(shareSettingsUrl(shareId), update)
	return response.data.ocs.data
}

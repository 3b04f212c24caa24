/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { AdminSettings, OcsResponse } from './types.ts'

import axios from '@nextcloud/axios'
import { generateOcsUrl } from '@nextcloud/router'

/**
 * URL of the administrator's policy (admins only)
 */
export function adminSettingsUrl(): string {
	return generateOcsUrl('apps/video_verification/api/v1/admin/settings')
}

/**
 * Read the administrator's policy
 */
export async function getAdminSettings(): Promise<AdminSettings> {
	const response = await axios.get<OcsResponse<AdminSettings>>(adminSettingsUrl())
	return response.data.ocs.data
}

/**
 * Replace the administrator's policy; the server answers with what is now in force
 *
 * @param settings - the whole policy
 */
export async function updateAdminSettings(settings: AdminSettings): Promise<AdminSettings> {
	const response = await axios.put<OcsResponse<AdminSettings>>(adminSettingsUrl(), settings)
	return response.data.ocs.data
}

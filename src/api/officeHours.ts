/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { OcsResponse, OfficeHours, OfficeHoursUpdate } from './types.ts'

import axios from '@nextcloud/axios'
import { generateOcsUrl } from '@nextcloud/router'

/**
 * URL of the current user's office hours
 */
export function officeHoursUrl(): string {
	return generateOcsUrl('apps/video_verification/api/v1/office-hours')
}

/**
 * Read the current user's office hours
 */
export async function getOfficeHours(): Promise<OfficeHours> {
	const response = await axios.get<OcsResponse<OfficeHours>>(officeHoursUrl())
	return response.data.ocs.data
}

/**
 * Set the current user's office hours; the server answers with what it keeps
 *
 * @param hours - off, or the days and the daily window
 */
export async function updateOfficeHours(hours: OfficeHoursUpdate): Promise<OfficeHours> {
	const response = await axios.put<OcsResponse<OfficeHours>>(officeHoursUrl(), hours)
	return response.data.ocs.data
}

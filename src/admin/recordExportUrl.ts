/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { generateUrl } from '@nextcloud/router'

/**
 * Where the administrator downloads every verification record as CSV (RecordExportController)
 */
export function recordExportUrl(): string {
	return generateUrl('/apps/video_verification/admin/records.csv')
}

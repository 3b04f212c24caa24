/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { OcsResponse, RecordChainCheck } from './types.ts'

import axios from '@nextcloud/axios'
import { generateOcsUrl } from '@nextcloud/router'

/**
 * Check the whole record chain (admins only)
 */
export async function verifyRecordChain(): Promise<RecordChainCheck> {
	const response = await axios.get<OcsResponse<RecordChainCheck>>(generateOcsUrl('apps/video_verification/api/v1/admin/records/verification'))
	return response.data.ocs.data
}

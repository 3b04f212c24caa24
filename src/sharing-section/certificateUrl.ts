/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { generateUrl } from '@nextcloud/router'

/**
 * Where the sharer downloads a finished record's certificate of verification (CertificateController)
 *
 * @param requestId - the record's request id
 */
export function certificateUrl(requestId: string): string {
	return generateUrl('/apps/video_verification/records/{requestId}/certificate.pdf', { requestId })
}

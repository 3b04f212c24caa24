/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { SharePolicy } from '../api/types.ts'

import { loadState } from '@nextcloud/initial-state'

/** Without the state (an older server side) the option behaves as before the policy existed. */
const NO_POLICY: SharePolicy = Object.freeze({ allowed: true, required: false, defaultMode: 'approve' })

/**
 * What the administrator's policy means for the current user (initial state `share_policy`)
 */
export function sharePolicy(): SharePolicy {
	return loadState<SharePolicy>('video_verification', 'share_policy', NO_POLICY)
}

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { OcsResponse } from './types.ts'

import axios from '@nextcloud/axios'
import { generateOcsUrl } from '@nextcloud/router'

/** A group as the admin's pickers show it */
export interface GroupMatch {
	id: string
	displayName: string
}

/** One entry of provisioning_api's `GET /cloud/groups/details` */
interface GroupDetails {
	id: string
	displayname: string
}

/** How many matches one search shows */
export const GROUP_SEARCH_LIMIT = 20

/**
 * The groups whose id or name contains the text (Nextcloud's provisioning API, as the
 * users page searches them)
 *
 * @param search - what the admin typed
 * @param signal - aborts a search that a newer one replaced
 */
export async function searchGroups(search: string, signal?: AbortSignal): Promise<GroupMatch[]> {
	const response = await axios.get<OcsResponse<{ groups: GroupDetails[] }>>(generateOcsUrl('cloud/groups/details'), {
		params: { search, limit: GROUP_SEARCH_LIMIT, offset: 0 },
		headers: { 'OCS-APIRequest': 'true' },
		signal,
	})
	return response.data.ocs.data.groups.map((group) => ({ id: group.id, displayName: group.displayname || group.id }))
}

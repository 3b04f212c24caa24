/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { OcsShare } from './Share.ts'

import axios, { isAxiosError } from '@nextcloud/axios'
import { showError } from '@nextcloud/dialogs'
import { emit } from '@nextcloud/event-bus'
import { t } from '@nextcloud/l10n'
import { generateOcsUrl } from '@nextcloud/router'
import Share from './Share.ts'

interface OcsEnvelope<T> {
	ocs: { meta: { status: string, statuscode: number, message?: string }, data: T }
}

/** files_sharing's OCS endpoint; the Sharing tab talks only to it (mixins/ShareRequests.js). */
export const sharesUrl = (): string => generateOcsUrl('apps/files_sharing/api/v1/shares')

/**
 * The OCS error message of a failed request, as files_sharing shows it
 * (mixins/ShareRequests.js getErrorMessage).
 *
 * @param error what axios threw
 */
export function ocsErrorMessage(error: unknown): string | undefined {
	if (isAxiosError(error)) {
		const data = error.response?.data as Partial<OcsEnvelope<unknown>> | undefined
		return data?.ocs?.meta?.message || undefined
	}
	return undefined
}

/**
 * The node's shares: `GET …/shares?format=json&path=…&reshares=true`, as
 * views/SharingTab.vue getShares() asks for them, each wrapped in a `Share`.
 *
 * @param path the node's path relative to the user's files
 */
export async function fetchShares(path: string): Promise<Share[]> {
	const { data } = await axios.get<OcsEnvelope<OcsShare[]>>(sharesUrl(), {
		params: { format: 'json', path, reshares: true },
	})
	return (data.ocs.data ?? []).map((share) => new Share(share))
}

export interface NewShareRequest {
	path: string
	shareType: number
	shareWith?: string
	permissions?: number
	password?: string
	expireDate?: string
	note?: string
	attributes?: string
}

/**
 * Create a share; on failure show files_sharing's toast and throw
 * (mixins/ShareRequests.js createShare).
 *
 * @param request the POST body
 */
export async function createShare(request: NewShareRequest): Promise<Share> {
	try {
		const response = await axios.post<OcsEnvelope<OcsShare>>(sharesUrl(), request)
		if (!response?.data?.ocs) {
			throw response
		}
		const share = new Share(response.data.ocs.data)
		emit('files_sharing:share:created', { share })
		return share
	} catch (error) {
		const message = ocsErrorMessage(error) ?? t('files_sharing', 'Error creating the share')
		showError(message)
		throw new Error(message, { cause: error })
	}
}

/**
 * Update a share with string-valued properties; on failure throw an Error with
 * the OCS message and leave the toast to the caller (mixins/ShareRequests.js updateShare).
 *
 * @param id the share id
 * @param properties the changed properties, every value a string
 */
export async function updateShare(id: number, properties: Record<string, string>): Promise<OcsShare> {
	try {
		const response = await axios.put<OcsEnvelope<OcsShare>>(`${sharesUrl()}/${id}`, properties)
		emit('files_sharing:share:updated', { id })
		if (!response?.data?.ocs) {
			throw response
		}
		return response.data.ocs.data
	} catch (error) {
		const message = ocsErrorMessage(error) ?? t('files_sharing', 'Error updating the share')
		throw new Error(message, { cause: error })
	}
}

/**
 * Delete a share; on failure show the toast and throw (mixins/ShareRequests.js deleteShare).
 *
 * @param id the share id
 */
export async function deleteShare(id: number): Promise<void> {
	try {
		await axios.delete(`${sharesUrl()}/${id}`)
		emit('files_sharing:share:deleted', { id })
	} catch (error) {
		const message = ocsErrorMessage(error) ?? t('files_sharing', 'Error deleting the share')
		showError(message)
		throw new Error(message, { cause: error })
	}
}

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { ApiErrorBody } from './types.ts'

import { isAxiosError } from '@nextcloud/axios'
import { t } from '@nextcloud/l10n'

/**
 * The `{error, message}` body of a failed OCS request, if the server sent one
 *
 * @param error - whatever a request threw
 */
export function apiErrorBody(error: unknown): ApiErrorBody | null {
	if (!isAxiosError(error)) {
		return null
	}
	const data: unknown = error.response?.data?.ocs?.data
	if (typeof data !== 'object' || data === null) {
		return null
	}
	const { error: code, message } = data as Record<string, unknown>
	if (typeof code !== 'string' || typeof message !== 'string') {
		return null
	}
	return { error: code, message }
}

/**
 * The machine readable error code of a failed request (e.g. `talk_unavailable`)
 *
 * @param error - whatever a request threw
 */
export function apiErrorCode(error: unknown): string | null {
	return apiErrorBody(error)?.error ?? null
}

/**
 * A text for people: the server's translated message, or a generic one
 *
 * @param error - whatever a request threw
 * @param fallback - the text to use when the server did not explain
 */
export function apiErrorMessage(error: unknown, fallback?: string): string {
	const message = apiErrorBody(error)?.message.trim()
	if (message) {
		return message
	}
	return fallback ?? t('video_verification', 'Something went wrong. Please try again.')
}

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { OfficeHoursUpdate } from '../api/types.ts'

import { t } from '@nextcloud/l10n'

/** What the form holds: time inputs give "HH:MM" or "" when cleared */
export interface OfficeHoursInput {
	enabled: boolean
	days: number[]
	from: string
	to: string
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

/**
 * The request body, or the reason the input cannot be saved (the same rules as the server's)
 *
 * @param input - the form's values
 */
export function officeHoursUpdate(input: OfficeHoursInput): { update: OfficeHoursUpdate } | { invalid: string } {
	if (!input.enabled) {
		return { update: { enabled: false } }
	}
	if (input.days.length === 0) {
		return { invalid: t('video_verification', 'Choose at least one day.') }
	}
	// Some browsers give "09:00:00" when seconds were typed: the server takes minutes only
	const from = input.from.slice(0, 5)
	const to = input.to.slice(0, 5)
	if (!TIME.test(from) || !TIME.test(to)) {
		return { invalid: t('video_verification', 'Enter a start and an end time.') }
	}
	if (from >= to) {
		return { invalid: t('video_verification', 'The end must be later than the start.') }
	}
	return { update: { enabled: true, days: [...input.days].sort((a, b) => a - b), from, to } }
}

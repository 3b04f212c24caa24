/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { getLanguage, t } from '@nextcloud/l10n'

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
	['year', 365 * 24 * 3600],
	['month', 30 * 24 * 3600],
	['day', 24 * 3600],
	['hour', 3600],
	['minute', 60],
]

/**
 * "seconds ago" for the first 45 seconds, then "5 minutes ago" and so on, as
 * the notifications app labels a notification's time.
 *
 * @param date when the notification was created
 * @param now the current time
 */
export function relativeTime(date: Date, now: Date = new Date()): string {
	const seconds = Math.round((date.getTime() - now.getTime()) / 1000)
	if (seconds <= 0 && seconds > -45) {
		return t('core', 'seconds ago')
	}
	const format = new Intl.RelativeTimeFormat(getLanguage(), { numeric: 'auto' })
	for (const [unit, size] of UNITS) {
		if (Math.abs(seconds) >= size) {
			return format.format(Math.round(seconds / size), unit)
		}
	}
	return format.format(Math.round(seconds / 60), 'minute')
}

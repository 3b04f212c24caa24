/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/** The bounds the server checks (AdminPolicy), so the form can say what is wrong before saving. */
export const NUMBER_BOUNDS = Object.freeze({
	requestTtlMinutes: { min: 1, max: 1440 },
	grantTtlMinutes: { min: 0, max: 43200 },
	retentionDays: { min: 0, max: 3650 },
})

export type NumberSetting = keyof typeof NUMBER_BOUNDS

/**
 * The whole number typed into a field, or null when it is not one within the bounds
 *
 * @param setting - which setting
 * @param value - what the field holds
 */
export function parseNumberSetting(setting: NumberSetting, value: string | number): number | null {
	const text = String(value).trim()
	if (!/^\d+$/.test(text)) {
		return null
	}
	const number = Number(text)
	const { min, max } = NUMBER_BOUNDS[setting]
	return number >= min && number <= max ? number : null
}

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { CallPhase } from './useRequestCall.ts'

import { n, t } from '@nextcloud/l10n'

/**
 * The words for where the call is, shown and announced to screen readers
 *
 * @param phase - the call's phase
 */
export function callStatusText(phase: CallPhase): string {
	switch (phase) {
		case 'registering':
		case 'idle':
		case 'creating':
			return t('video_verification', 'Calling…')
		case 'ringing':
			return t('video_verification', 'Ringing…')
		case 'connecting':
			return t('video_verification', 'Connecting…')
		case 'connected':
			return t('video_verification', 'Connected')
		case 'reconnecting':
			return t('video_verification', 'Reconnecting…')
		case 'ended':
			return t('video_verification', 'Call ended')
	}
}

/**
 * Elapsed call time as the clock shows it: 0:07, 12:34, 1:02:03
 *
 * @param elapsedMs - milliseconds since the call connected
 */
export function formatElapsed(elapsedMs: number): string {
	const total = Math.max(0, Math.floor(elapsedMs / 1000))
	const hours = Math.floor(total / 3600)
	const minutes = Math.floor((total % 3600) / 60)
	const seconds = String(total % 60).padStart(2, '0')
	return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`
}

/**
 * Elapsed call time in words, for screen readers
 *
 * @param elapsedMs - milliseconds since the call connected
 */
export function describeElapsed(elapsedMs: number): string {
	const total = Math.max(0, Math.floor(elapsedMs / 1000))
	const minutes = Math.floor(total / 60)
	const seconds = total % 60
	const secondsText = n('video_verification', '%n second', '%n seconds', seconds)
	return minutes === 0
		? secondsText
		: `${n('video_verification', '%n minute', '%n minutes', minutes)} ${secondsText}`
}

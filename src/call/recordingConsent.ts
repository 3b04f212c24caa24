/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { TalkCapabilities } from './talkApi.ts'

import { TalkApiError } from './errors.ts'

/**
 * Talk's recording consent rule (spreed lib/Config.php `recordingConsentRequired`, exposed as
 * the capability `config → call → recording-consent`): 0 none, 1 always, 2 where a moderator
 * switched it on for the conversation (the room's `recordingConsent` is then 1). Talk refuses
 * to join the call without `recordingConsent: true` where it applies: 400 `{error: 'consent'}`.
 */
export type RecordingConsentMode = 0 | 1 | 2

/**
 * The consent mode Talk announces; anything unexpected counts as 0, as Talk does.
 *
 * @param talk the `spreed` capabilities, null without Talk
 */
export function recordingConsentMode(talk: Pick<TalkCapabilities, 'config'> | null | undefined): RecordingConsentMode {
	const value = talk?.config?.call?.['recording-consent']
	return value === 1 || value === 2 ? value : 0
}

/**
 * Whether this server records calls at all (a recording server is configured).
 *
 * @param talk the `spreed` capabilities, null without Talk
 */
export function callsMayBeRecorded(talk: Pick<TalkCapabilities, 'config'> | null | undefined): boolean {
	return talk?.config?.call?.recording === true
}

/**
 * Whether joining the call needs the caller's consent (Talk web's `isRecordingConsentRequired`).
 *
 * @param mode the server's consent mode
 * @param roomRecordingConsent the room's `recordingConsent` (unknown before the room exists)
 */
export function consentRequired(mode: RecordingConsentMode, roomRecordingConsent?: unknown): boolean {
	return mode === 1 || (mode === 2 && roomRecordingConsent === 1)
}

/**
 * Talk refused to join the call because consent to recording was missing.
 *
 * @param error what the join failed with
 */
export function isConsentRefusal(error: unknown): boolean {
	return error instanceof TalkApiError && error.status === 400
		&& (error.data as { error?: unknown } | null | undefined)?.error === 'consent'
}

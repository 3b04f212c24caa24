/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { SidebarEnding } from '../call/useRequestCall.ts'

import { getCapabilities } from '@nextcloud/capabilities'
import { computed, ref } from 'vue'
import { callsMayBeRecorded, isConsentRefusal, recordingConsentMode } from '../../../call/recordingConsent.ts'

/**
 * Talk's rule on consent to recording, from the page's capabilities (initial state: no request
 * before the call): whether calls may be recorded, and whether the caller consents before
 * calling: always in mode 1, and once Talk refused a call without consent.
 */
export function useRecordingConsent() {
	const talkCapabilities = (getCapabilities() as { spreed?: Parameters<typeof recordingConsentMode>[0] } | undefined)?.spreed ?? null
	const mode = recordingConsentMode(talkCapabilities)
	const mayBeRecorded = callsMayBeRecorded(talkCapabilities)
	/** Consent is needed before calling: Talk requires it always, or refused a call without it */
	const requiredBeforeCall = ref(mode === 1)
	/** The preview's checkbox */
	const given = ref(false)
	/** Whether "Call" may go on: no consent needed before calling, or given */
	const ready = computed(() => !requiredBeforeCall.value || given.value)
	/** The consent the call joins with */
	const forCall = computed(() => requiredBeforeCall.value && given.value)

	/**
	 * A call ended: when Talk refused it for missing consent, its rule changed since the page
	 * loaded, so the next call asks first
	 *
	 * @param ending - how the call ended
	 */
	function callEnded(ending: SidebarEnding | null): void {
		if (ending !== null && ending.reason === 'error' && isConsentRefusal(ending.error)) {
			requiredBeforeCall.value = true
			given.value = false
		}
	}

	return { mode, mayBeRecorded, requiredBeforeCall, given, ready, forCall, callEnded }
}

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { SidebarEnding } from './useRequestCall.ts'

import { t } from '@nextcloud/l10n'
import { UnsupportedSignalingError } from '../../../call/errors.ts'
import { isConsentRefusal } from '../../../call/recordingConsent.ts'

export interface EndingText {
	title: string
	/** Plain sentences, one paragraph each */
	details: string[]
	/** Whether calling again can help */
	canCallAgain: boolean
}

/**
 * What to tell the caller about how the call ended
 *
 * @param ending - how it ended
 */
export function endingText(ending: SidebarEnding): EndingText {
	switch (ending.reason) {
		case 'hangup':
			return {
				title: t('video_verification', 'Call ended'),
				details: [t('video_verification', 'You hung up.')],
				canCallAgain: true,
			}
		case 'remote-hangup':
			return {
				title: t('video_verification', 'Call ended'),
				details: [t('video_verification', 'The person who shared this file hung up.')],
				canCallAgain: true,
			}
		case 'no-answer':
			return {
				title: t('video_verification', 'No answer'),
				details: [t('video_verification', 'The person who shared this file did not answer. Try again later.')],
				canCallAgain: true,
			}
		case 'connection-failed':
			return {
				title: t('video_verification', 'The call could not connect'),
				details: [
					t('video_verification', 'Your browser and the browser of the person who shared this file could not reach each other.'),
					...(ending.turnHint
						? [t('video_verification', 'This often happens behind a firewall. The server may need a TURN server: tell the person who shared this file, so their administrator can set one up.')]
						: [t('video_verification', 'Check your internet connection and call again.')]),
				],
				canCallAgain: true,
			}
		case 'room-gone':
			return {
				title: t('video_verification', 'Call ended'),
				details: [t('video_verification', 'The call was closed on the server. You can call again.')],
				canCallAgain: true,
			}
		case 'request-refused':
			return requestRefusedText(ending.code, ending.message)
		case 'verified':
			return {
				title: t('video_verification', 'Verified'),
				details: [t('video_verification', 'The file opens now.')],
				canCallAgain: false,
			}
		case 'declined':
			return {
				title: t('video_verification', 'Request declined'),
				details: [t('video_verification', 'The sharer declined the request. The call has ended.')],
				canCallAgain: false,
			}
		case 'expired':
			return {
				title: t('video_verification', 'Request expired'),
				details: [t('video_verification', 'The request expired before it was approved. Call again to make a new request.')],
				canCallAgain: true,
			}
		case 'withdrawn':
			return {
				title: t('video_verification', 'Request closed'),
				details: [t('video_verification', 'This request was closed, for example because the file is no longer shared with this link.')],
				canCallAgain: false,
			}
		case 'error':
			if (isConsentRefusal(ending.error)) {
				return {
					title: t('video_verification', 'Consent to recording needed'),
					details: [t('video_verification', 'This server may record the call and needs your consent before you join it. Call again and tick the consent box.')],
					canCallAgain: true,
				}
			}
			if (ending.error instanceof UnsupportedSignalingError) {
				return {
					title: t('video_verification', 'Video calls are not available'),
					details: [t('video_verification', 'This server\'s Talk setup is not supported for these calls yet. Ask the person who shared this file for another way to get access.')],
					canCallAgain: false,
				}
			}
			return {
				title: t('video_verification', 'The call failed'),
				details: [t('video_verification', 'Something went wrong while calling. Try again in a moment.')],
				canCallAgain: true,
			}
	}
}

/**
 * Our server refused the request before any call
 *
 * @param code - its machine code
 * @param message - its text for people, if any
 */
function requestRefusedText(code: string | null, message: string | null): EndingText {
	const title = t('video_verification', 'Could not start the call')
	switch (code) {
		case 'outside_office_hours':
			// Calling again changes nothing until the sharer's hours begin
			return {
				title: t('video_verification', 'Not taking calls right now'),
				details: [message ?? t('video_verification', 'The person who shared this file takes calls only at certain times. Try again later.')],
				canCallAgain: false,
			}
		case 'too_many_requests':
			return {
				title,
				details: [message ?? t('video_verification', 'Too many calls were started for this file. Wait a few minutes, then try again.')],
				canCallAgain: false,
			}
		case 'talk_unavailable':
			return {
				title,
				details: [message ?? t('video_verification', 'Video calls are not available for this file right now. Ask the person who shared it for another way to get access.')],
				canCallAgain: false,
			}
		case 'share_not_found':
			return {
				title,
				details: [message ?? t('video_verification', 'This link can no longer be used for a video call. Ask the person who shared it for a new link.')],
				canCallAgain: false,
			}
		default:
			return {
				title,
				details: [message ?? t('video_verification', 'Something went wrong. Please try again.')],
				canCallAgain: true,
			}
	}
}

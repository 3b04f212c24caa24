/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { MediaProblem } from './localMedia.ts'

import { t } from '@nextcloud/l10n'

/**
 * What went wrong with the camera, and what the caller can do about it
 *
 * @param problem - the problem
 */
export function mediaProblemText(problem: MediaProblem): { title: string, detail: string } {
	switch (problem) {
		case 'permission-denied':
			return {
				title: t('video_verification', 'Camera access is blocked'),
				detail: t('video_verification', 'Your browser does not let this page use your camera and microphone. Click the camera or lock icon in the address bar, allow camera and microphone for this site, then press "Try again".'),
			}
		case 'no-camera':
			return {
				title: t('video_verification', 'No camera found'),
				detail: t('video_verification', 'The person who shared this file needs to see you. Connect a camera, or open this link on a device that has one (for example your phone), then press "Try again".'),
			}
		case 'device-in-use':
			return {
				title: t('video_verification', 'Your camera is in use'),
				detail: t('video_verification', 'Another app or browser tab is using your camera or microphone. Close it, then press "Try again".'),
			}
		case 'unsupported':
			return {
				title: t('video_verification', 'This browser cannot make video calls here'),
				detail: t('video_verification', 'Open this link in a current version of Firefox, Chrome, Edge or Safari.'),
			}
		case 'failed':
			return {
				title: t('video_verification', 'The camera could not be started'),
				detail: t('video_verification', 'Press "Try again". If it keeps failing, restart your browser.'),
			}
	}
}

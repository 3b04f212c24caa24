/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { getCurrentUser } from '@nextcloud/auth'
import { CallView } from './talk/CallView.ts'
import { DevicePreview } from './talk/DevicePreview.ts'

import './talk/talk-call.css'

// The Talk stand-in's call view for the signed-in user (Talk's /call/{token} page).
const root = document.getElementById('talk-call')
if (root?.dataset.token) {
	const find = <T extends HTMLElement>(selector: string): T => root.querySelector<T>(selector)!
	const view = new CallView(root.dataset.token, getCurrentUser()?.displayName ?? '', {
		status: find('.talk-call__status'),
		remoteVideo: find('.talk-call__remote-video'),
		remoteName: find('.talk-call__remote-name'),
		remoteMuted: find('.talk-call__remote-muted'),
		selfVideo: find('.talk-call__self-video'),
		leave: find('.talk-call__leave'),
		onGone: () => {
			const notFound = root.querySelector<HTMLTemplateElement>('template.talk-call__not-found')!
			root.classList.remove('talk-call')
			root.replaceChildren(notFound.content.cloneNode(true))
			document.title = 'Talk – Nextcloud'
		},
	})
	const preview = new DevicePreview({
		dialog: find('.talk-call__preview'),
		video: find('.talk-call__preview-video'),
		status: find('.talk-call__preview-status'),
		join: find('.talk-call__preview-join'),
		recording: find('.talk-call__preview-recording'),
		consent: find('.talk-call__preview-consent'),
	})
	// Talk web's setting "Always show the device preview screen before joining a call" (on unless turned off)
	const showPreview = localStorage.getItem('showMediaSettings') !== 'false'
	const opened = view.open()
	const consentRequired = opened.then(() => view.recordingConsentRequired)
	const joinCall = async (): Promise<void> => {
		let consent = false
		// Talk web shows the preview when consent to recording is needed, whatever the setting
		if (showPreview || await consentRequired) {
			consent = await preview.open(opened, consentRequired)
		}
		if (await opened) {
			await view.join(consent)
		}
	}
	const join = find<HTMLButtonElement>('.talk-call__join')
	// "Answer call" opens the page with #direct-call: Talk goes straight to joining; else it offers a button.
	// The button is hidden in the page until this script decides: shown first and hidden when the
	// script ran, it flashed up after "Answer call" and vanished as the sharer reached for it.
	if (window.location.hash === '#direct-call') {
		void joinCall()
	} else {
		join.hidden = false
		join.addEventListener('click', () => {
			join.hidden = true
			void joinCall()
		}, { once: true })
	}
}

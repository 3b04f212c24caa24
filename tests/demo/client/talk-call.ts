/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { getCurrentUser } from '@nextcloud/auth'
import { CallView } from './talk/CallView.ts'

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
	})
	const join = find<HTMLButtonElement>('.talk-call__join')
	// Talk joins at once when opened from "Answer call" (#direct-call), else offers a button.
	if (window.location.hash === '#direct-call') {
		join.hidden = true
		void view.start()
	} else {
		document.body.dataset.callState = 'idle'
		join.addEventListener('click', () => {
			join.hidden = true
			void view.start()
		}, { once: true })
	}
}

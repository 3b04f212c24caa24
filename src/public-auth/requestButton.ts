/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { t } from '@nextcloud/l10n'

export interface RequestButton {
	/** The block to place next to the password form */
	root: HTMLElement
	button: HTMLButtonElement
	/** Show or clear an error under the button */
	setError(message: string | null): void
	/** Mark the button as busy while the sidebar loads */
	setBusy(busy: boolean): void
	/** Reflect whether the sidebar is open */
	setExpanded(expanded: boolean, controls?: string): void
}

/**
 * Build the "Request password" block. Plain DOM, no Vue: the password page
 * must stay small until someone asks for a call.
 *
 * @param onClick - what a click (or Enter/Space) does
 */
export function createRequestButton(onClick: () => void): RequestButton {
	const root = document.createElement('div')
	root.className = 'video-verification-request'

	const hint = document.createElement('p')
	hint.id = 'video-verification-request-hint'
	hint.className = 'video-verification-request__hint'
	hint.textContent = t('video_verification', 'Call the person who shared this file on video to get access.')

	const button = document.createElement('button')
	button.type = 'button'
	button.className = 'video-verification-request__button'
	button.textContent = t('video_verification', 'Request password')
	button.setAttribute('aria-describedby', hint.id)
	button.setAttribute('aria-expanded', 'false')
	button.addEventListener('click', onClick)

	const error = document.createElement('p')
	error.className = 'video-verification-request__error'
	error.setAttribute('role', 'alert')
	error.hidden = true

	root.append(button, hint, error)

	return {
		root,
		button,
		setError(message) {
			error.textContent = message ?? ''
			error.hidden = message === null
		},
		setBusy(busy) {
			button.disabled = busy
			button.setAttribute('aria-busy', String(busy))
		},
		setExpanded(expanded, controls) {
			button.setAttribute('aria-expanded', String(expanded))
			if (controls) {
				button.setAttribute('aria-controls', controls)
			}
		},
	}
}

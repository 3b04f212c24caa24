/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type Share from './Share.ts'

import { showError, showSuccess } from '@nextcloud/dialogs'
import { t } from '@nextcloud/l10n'
import { updateShare } from './shareRequests.ts'

/**
 * The share properties the Sharing tab can send, by their name on the `Share`
 * object, which is also their name in the OCS PUT body.
 */
export type ShareProperty = 'permissions' | 'attributes' | 'note' | 'expireDate' | 'label' | 'hideDownload'
	| 'password' | 'token' | 'sendPasswordByTalk'

/**
 * The toast text after a successful update (mixins/SharesMixin.js updateSuccessMessage).
 *
 * @param names the properties that were sent
 */
export function updateSuccessMessage(names: ShareProperty[]): string {
	if (names.length !== 1) {
		return t('files_sharing', 'Share saved')
	}
	switch (names[0]) {
		case 'expireDate':
			return t('files_sharing', 'Share expiry date saved')
		case 'hideDownload':
			return t('files_sharing', 'Share hide-download state saved')
		case 'label':
			return t('files_sharing', 'Share label saved')
		case 'note':
			return t('files_sharing', 'Share note for recipient saved')
		case 'password':
			return t('files_sharing', 'Share password saved')
		case 'permissions':
			return t('files_sharing', 'Share permissions saved')
		default:
			return t('files_sharing', 'Share saved')
	}
}

/**
 * The PUT body: every value a string, objects as JSON, null/undefined as ''
 * and the password taken from `newPassword` (mixins/SharesMixin.js queueUpdate).
 *
 * @param share the share being edited
 * @param names the properties to send
 */
export function updateBody(share: Share, names: ShareProperty[]): Record<string, string> {
	const properties: Record<string, string> = {}
	for (const name of names) {
		if (name === 'password') {
			if (share.newPassword !== undefined) {
				properties.password = share.newPassword
			}
			continue
		}
		const value: unknown = share[name]
		if (value === null || value === undefined) {
			properties[name] = ''
		} else if (typeof value === 'object') {
			properties[name] = JSON.stringify(value)
		} else {
			properties[name] = String(value)
		}
	}
	return properties
}

/**
 * One share's update queue, with files_sharing's semantics
 * (mixins/SharesMixin.js queueUpdate): updates run one at a time; a failed
 * update shows an error toast and is NOT rethrown, so callers awaiting
 * `queueUpdate` carry on either way.
 */
export class ShareUpdateQueue {
	private tail: Promise<void> = Promise.resolve()

	constructor(private readonly share: Share) {}

	queueUpdate(...names: ShareProperty[]): Promise<void> {
		if (names.length === 0 || !this.share.id) {
			return Promise.resolve()
		}
		const properties = updateBody(this.share, names)
		const run = this.tail.then(() => this.send(names, properties))
		this.tail = run
		return run
	}

	private async send(names: ShareProperty[], properties: Record<string, string>): Promise<void> {
		try {
			const updated = await updateShare(this.share.id, properties)
			if (names.includes('password')) {
				this.share.password = this.share.newPassword || (undefined as unknown as string)
				delete this.share.newPassword
				this.share.passwordExpirationTime = updated.password_expiration_time as string
			}
			showSuccess(updateSuccessMessage(names))
		} catch (error) {
			const message = error instanceof Error ? error.message : ''
			if (message !== '') {
				names.forEach((name) => this.onSyncError(name))
				showError(message)
			} else {
				showError(t('files_sharing', 'Could not update share'))
			}
		}
	}

	/** mixins/SharesMixin.js onSyncError: undo a refused password and a refused Talk toggle. */
	private onSyncError(name: ShareProperty): void {
		if (name === 'password' && this.share.newPassword !== undefined) {
			if (this.share.newPassword === this.share.password) {
				this.share.password = ''
			}
			delete this.share.newPassword
		}
		if (name === 'sendPasswordByTalk') {
			this.share.sendPasswordByTalk = !this.share.sendPasswordByTalk
		}
	}
}

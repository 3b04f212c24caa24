import type Share from './Share.ts'
/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { ShareProperty, ShareUpdateQueue } from './shareUpdateQueue.ts'

import { ShareType } from '@nextcloud/sharing'
import { BUNDLED_PERMISSIONS } from './permissions.ts'
import { createShare } from './shareRequests.ts'

/** What the details view knows when "Save share" / "Update share" is pressed. */
export interface SaveShareInput {
	/** The share being edited; for a new share it has no id yet. */
	share: Share
	queue: ShareUpdateQueue
	/** Path of the shared node, used to create a new share. */
	path: string
	isFolder: boolean
	/** The chosen permission bundle ("View only", "Allow editing", "File request"). */
	permissions: number
	isPasswordProtected: boolean
	hasExpirationDate: boolean
	writeNoteToRecipient: boolean
	/** Every hosted sidebar action; each `save()` awaits the element's onSave callback. */
	actions: Array<{ save(): Promise<void> }>
	/** Called once a new share exists, with the share object that replaces the pending one. */
	onShareCreated(share: Share): void
	/** files_sharing refetches the node and emits `files:node:updated` here. */
	onNodeUpdated(): void
}

export type SaveShareResult
	= | { closeDetails: true, share: Share }
		| { closeDetails: false, reason: 'password_required' | 'create_failed' }

const isValidValue = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0

/**
 * The "Save share" / "Update share" button, in files_sharing's order
 * (views/SharingDetailsTab.vue saveShare): create the share when it is new,
 * send the changed properties through the update queue (which shows its own
 * error toast and never throws), then await every registered action's save
 * callback with `Promise.allSettled` (a rejecting callback is ignored by the
 * host), then close the details. The details stay open only when a new public
 * share lacks its password or creating the share failed.
 *
 * @param input the details view's state
 */
export async function saveShare(input: SaveShareInput): Promise<SaveShareResult> {
	const { share, queue } = input
	const isNewShare = !share.id
	const isPublicShare = share.type === ShareType.Link || share.type === ShareType.Email

	const names: ShareProperty[] = ['permissions', 'attributes', 'note', 'expireDate']
	if (isPublicShare) {
		names.push('label', 'hideDownload')
		if (share.newPassword !== undefined) {
			names.push('password')
		}
	}

	share.permissions = input.permissions
	if (!input.isFolder && share.permissions === BUNDLED_PERMISSIONS.ALL) {
		// a file cannot be created, so "Allow editing" means the file bundle
		share.permissions = BUNDLED_PERMISSIONS.ALL_FILE
	}
	if (!input.writeNoteToRecipient) {
		share.note = ''
	}
	if (input.isPasswordProtected) {
		if (isPublicShare && isNewShare && !isValidValue(share.newPassword)) {
			return { closeDetails: false, reason: 'password_required' }
		}
	} else {
		share.password = ''
	}
	if (!input.hasExpirationDate) {
		share.expireDate = ''
	}

	let savedShare = share
	if (isNewShare) {
		let created: Share
		try {
			created = await createShare({
				path: input.path,
				shareType: share.type,
				shareWith: share.shareWith,
				permissions: share.permissions,
				expireDate: input.hasExpirationDate ? share.expireDate : '',
				attributes: JSON.stringify(share.attributes),
				...(share.note ? { note: share.note } : {}),
				...(input.isPasswordProtected && share.newPassword ? { password: share.newPassword } : {}),
			})
		} catch {
			// createShare already showed the error toast
			return { closeDetails: false, reason: 'create_failed' }
		}
		// files_sharing gives the pending share the new id so the queued update can address it
		share._share.id = created.id
		await queue.queueUpdate(...names)
		copyProperties(share, created, names)
		savedShare = created
		input.onShareCreated(created)
	} else {
		await queue.queueUpdate(...names)
	}

	input.onNodeUpdated()
	await Promise.allSettled(input.actions.map((action) => action.save()))
	return { closeDetails: true, share: savedShare }
}

/**
 * Carry the values just sent over to the share object the server returned.
 *
 * @param from the pending share
 * @param to the created share
 * @param names the properties sent
 */
function copyProperties(from: Share, to: Share, names: ShareProperty[]): void {
	const source = from as unknown as Record<string, unknown>
	const target = to as unknown as Record<string, unknown>
	for (const name of names) {
		if (name in to && name in from) {
			try {
				target[name] = source[name]
			} catch {
				(to._share as unknown as Record<string, unknown>)[name] = source[name]
			}
		}
	}
}

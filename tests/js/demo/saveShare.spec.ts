/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { SaveShareInput } from '../../demo/client/files/saveShare.ts'

import { beforeEach, describe, expect, it, vi } from 'vitest'
import { saveShare } from '../../demo/client/files/saveShare.ts'
import Share from '../../demo/client/files/Share.ts'
import { ShareUpdateQueue } from '../../demo/client/files/shareUpdateQueue.ts'
import { deferred, ocs, ocsError, ocsLinkShare } from './shareFixtures.ts'

const mocks = vi.hoisted(() => ({
	get: vi.fn(),
	post: vi.fn(),
	put: vi.fn(),
	delete: vi.fn(),
	showError: vi.fn(),
	showSuccess: vi.fn(),
}))

vi.mock('@nextcloud/axios', () => ({
	default: { get: mocks.get, post: mocks.post, put: mocks.put, delete: mocks.delete },
	isAxiosError: (error: { isAxiosError?: boolean }) => error?.isAxiosError === true,
}))

vi.mock('@nextcloud/dialogs', () => ({
	showError: mocks.showError,
	showSuccess: mocks.showSuccess,
}))

const SHARES_URL = `${window.location.origin}/ocs/v2.php/apps/files_sharing/api/v1/shares`

/**
 * The details view's state for a share, with no hosted actions.
 *
 * @param share the share being edited
 * @param overrides what differs
 */
function input(share: Share, overrides: Partial<SaveShareInput> = {}): SaveShareInput {
	return {
		share,
		queue: new ShareUpdateQueue(share),
		path: '/report.pdf',
		isFolder: false,
		permissions: 1,
		isPasswordProtected: false,
		hasExpirationDate: false,
		writeNoteToRecipient: false,
		actions: [],
		onShareCreated: vi.fn(),
		onNodeUpdated: vi.fn(),
		...overrides,
	}
}

describe('saveShare (the "Update share" / "Save share" button)', () => {
	beforeEach(() => {
		vi.clearAllMocks()
	})

	it('finishes the OCS update before it starts any action callback', async () => {
		const share = new Share(ocsLinkShare())
		const put = deferred<ReturnType<typeof ocs>>()
		mocks.put.mockReturnValue(put.promise)
		const steps: string[] = []
		const action = {
			save: vi.fn(async () => {
				steps.push(`callback sees password ${share.password}`)
			}),
		}
		share.newPassword = 'Secret-passw0rd'

		const saving = saveShare(input(share, { actions: [action], isPasswordProtected: true }))
		await new Promise((resolve) => setTimeout(resolve, 0))
		expect(mocks.put).toHaveBeenCalledTimes(1)
		expect(action.save).not.toHaveBeenCalled()

		steps.push('update answered')
		put.resolve(ocs(ocsLinkShare({ password: 'hash' })))
		await expect(saving).resolves.toEqual({ closeDetails: true, share })

		expect(steps).toEqual(['update answered', 'callback sees password Secret-passw0rd'])
		expect(share.newPassword).toBeUndefined()
	})

	it('sends every property as a string, the password only when a new one was typed', async () => {
		mocks.put.mockResolvedValue(ocs(ocsLinkShare()))
		const share = new Share(ocsLinkShare({ label: 'For Bob' }))

		await saveShare(input(share, { permissions: 1 }))

		expect(mocks.put).toHaveBeenCalledWith(`${SHARES_URL}/7`, {
			permissions: '1',
			attributes: '[{"scope":"permissions","key":"download","value":true}]',
			note: '',
			expireDate: '',
			label: 'For Bob',
			hideDownload: 'false',
		})
	})

	it('maps "Allow editing" on a file to the file bundle', async () => {
		mocks.put.mockResolvedValue(ocs(ocsLinkShare()))
		const share = new Share(ocsLinkShare())

		await saveShare(input(share, { permissions: 31 }))

		expect(mocks.put.mock.calls[0]?.[1]).toMatchObject({ permissions: '19' })
	})

	it('awaits every callback even when one rejects, shows no error of its own and closes the details', async () => {
		mocks.put.mockResolvedValue(ocs(ocsLinkShare()))
		const share = new Share(ocsLinkShare())
		const failing = { save: vi.fn().mockRejectedValue(new Error('our API said no')) }
		const slow = deferred()
		const second = { save: vi.fn(() => slow.promise) }

		const saving = saveShare(input(share, { actions: [failing, second] }))
		await new Promise((resolve) => setTimeout(resolve, 0))
		expect(second.save).toHaveBeenCalled()
		let settled = false
		void saving.then(() => {
			settled = true
		})
		await new Promise((resolve) => setTimeout(resolve, 0))
		expect(settled).toBe(false)

		slow.resolve()
		await expect(saving).resolves.toMatchObject({ closeDetails: true })
		expect(mocks.showError).not.toHaveBeenCalled()
		expect(mocks.showSuccess).toHaveBeenCalledWith('Share saved')
	})

	it('shows the OCS error of a refused update, still runs the callbacks and closes, as files_sharing does', async () => {
		mocks.put.mockRejectedValue(ocsError(400, 'Cannot enable sending the password by Talk with an empty password'))
		const share = new Share(ocsLinkShare())
		const action = { save: vi.fn().mockResolvedValue(undefined) }

		const result = await saveShare(input(share, { actions: [action] }))

		expect(mocks.showError).toHaveBeenCalledWith('Cannot enable sending the password by Talk with an empty password')
		expect(action.save).toHaveBeenCalledTimes(1)
		expect(result).toMatchObject({ closeDetails: true })
	})

	it('creates a new e-mail share first and gives the pending share its id before the update and the callbacks', async () => {
		mocks.post.mockResolvedValue(ocs(ocsLinkShare({ id: '12', share_type: 4, share_with: 'bob@example.com' })))
		mocks.put.mockResolvedValue(ocs(ocsLinkShare({ id: '12', share_type: 4 })))
		const pending = new Share({ ...ocsLinkShare({ share_type: 4, share_with: 'bob@example.com', token: null }), id: undefined })
		const seenIds: number[] = []
		const action = {
			save: vi.fn(async () => {
				seenIds.push(pending.id)
			}),
		}
		const onShareCreated = vi.fn()

		const result = await saveShare(input(pending, { actions: [action], onShareCreated }))

		expect(mocks.post).toHaveBeenCalledWith(SHARES_URL, expect.objectContaining({ path: '/report.pdf', shareType: 4, shareWith: 'bob@example.com' }))
		expect(mocks.put).toHaveBeenCalledWith(`${SHARES_URL}/12`, expect.any(Object))
		expect(seenIds).toEqual([12])
		expect(onShareCreated).toHaveBeenCalledWith(expect.objectContaining({ id: 12 }))
		expect(result).toMatchObject({ closeDetails: true })
	})

	it('keeps the details open without any request when a new public share has no password yet', async () => {
		const pending = new Share({ ...ocsLinkShare({ share_type: 4, share_with: 'bob@example.com' }), id: undefined })
		const action = { save: vi.fn() }

		const result = await saveShare(input(pending, { actions: [action], isPasswordProtected: true }))

		expect(result).toEqual({ closeDetails: false, reason: 'password_required' })
		expect(mocks.post).not.toHaveBeenCalled()
		expect(action.save).not.toHaveBeenCalled()
	})

	it('keeps the details open and runs no callback when creating the share fails', async () => {
		mocks.post.mockRejectedValue(ocsError(403, 'Sharing by mail is disabled'))
		const pending = new Share({ ...ocsLinkShare({ share_type: 4, share_with: 'bob@example.com' }), id: undefined })
		const action = { save: vi.fn() }

		const result = await saveShare(input(pending, { actions: [action] }))

		expect(result).toEqual({ closeDetails: false, reason: 'create_failed' })
		expect(mocks.showError).toHaveBeenCalledWith('Sharing by mail is disabled')
		expect(mocks.put).not.toHaveBeenCalled()
		expect(action.save).not.toHaveBeenCalled()
	})
})

describe('ShareUpdateQueue', () => {
	beforeEach(() => {
		vi.clearAllMocks()
	})

	it('sends queued updates one after the other', async () => {
		const first = deferred<ReturnType<typeof ocs>>()
		mocks.put.mockReturnValueOnce(first.promise).mockResolvedValueOnce(ocs(ocsLinkShare()))
		const share = new Share(ocsLinkShare())
		const queue = new ShareUpdateQueue(share)

		const one = queue.queueUpdate('label')
		const two = queue.queueUpdate('hideDownload')
		await new Promise((resolve) => setTimeout(resolve, 0))
		expect(mocks.put).toHaveBeenCalledTimes(1)

		first.resolve(ocs(ocsLinkShare()))
		await Promise.all([one, two])
		expect(mocks.put).toHaveBeenCalledTimes(2)
		expect(mocks.put.mock.calls[1]?.[1]).toEqual({ hideDownload: 'false' })
	})

	it('switches a refused "Video verification" toggle back', async () => {
		mocks.put.mockRejectedValue(ocsError(403, 'Sharing sending the password by Nextcloud Talk failed because Nextcloud Talk is not enabled'))
		const share = new Share(ocsLinkShare({ password: 'hash' }))
		share.sendPasswordByTalk = true

		await new ShareUpdateQueue(share).queueUpdate('sendPasswordByTalk')

		expect(share.sendPasswordByTalk).toBe(false)
		expect(mocks.showError).toHaveBeenCalledTimes(1)
	})

	it('sends nothing for a share that is not saved yet', async () => {
		const pending = new Share({ ...ocsLinkShare(), id: undefined })

		await new ShareUpdateQueue(pending).queueUpdate('label')

		expect(mocks.put).not.toHaveBeenCalled()
	})
})

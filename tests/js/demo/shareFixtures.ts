/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { OcsShare } from '../../demo/client/files/Share.ts'

import { File } from '@nextcloud/files'

/**
 * A share as files_sharing's OCS API answers for alice's link share of report.pdf.
 *
 * @param overrides fields that differ
 */
export function ocsLinkShare(overrides: Partial<OcsShare> = {}): OcsShare {
	return {
		id: '7',
		share_type: 3,
		attributes: '[{"scope":"permissions","key":"download","value":true}]',
		permissions: 1,
		uid_owner: 'alice',
		displayname_owner: 'Alice',
		share_with: undefined,
		share_with_displayname: '(Shared link)',
		uid_file_owner: 'alice',
		displayname_file_owner: 'Alice',
		stime: 1767225600,
		expiration: null,
		token: 'AbCdEfGh12345',
		note: '',
		label: '',
		mail_send: 0,
		hide_download: 0,
		send_password_by_talk: false,
		path: '/report.pdf',
		item_type: 'file',
		mimetype: 'application/pdf',
		file_source: 42,
		file_target: '/report.pdf',
		file_parent: 2,
		can_edit: true,
		can_delete: true,
		...overrides,
	}
}

/** The node the Files app hands to the Sharing tab for /report.pdf. */
export function reportNode(): File {
	return new File({
		id: 42,
		source: 'http://localhost/remote.php/dav/files/alice/report.pdf',
		root: '/files/alice',
		owner: 'alice',
		mime: 'application/pdf',
		permissions: 31,
	})
}

/** A promise and the functions to settle it, for pinning the order of asynchronous steps. */
export function deferred<T = void>(): { promise: Promise<T>, resolve: (value: T) => void, reject: (error: unknown) => void } {
	let resolve!: (value: T) => void
	let reject!: (error: unknown) => void
	const promise = new Promise<T>((res, rej) => {
		resolve = res
		reject = rej
	})
	return { promise, resolve, reject }
}

/**
 * The OCS envelope around data.
 *
 * @param data the payload
 */
export function ocs<T>(data: T): { data: { ocs: { meta: { status: string, statuscode: number }, data: T } } } {
	return { data: { ocs: { meta: { status: 'ok', statuscode: 200 }, data } } }
}

/**
 * An axios-like error carrying an OCS failure answer.
 *
 * @param status the HTTP status
 * @param message the OCS meta message
 */
export function ocsError(status: number, message: string): Error {
	return Object.assign(new Error(`Request failed with status code ${status}`), {
		isAxiosError: true,
		response: { status, data: { ocs: { meta: { status: 'failure', statuscode: status, message }, data: [] } } },
	})
}

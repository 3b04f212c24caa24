/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { INode } from '@nextcloud/files'

import { File, Folder, Permission } from '@nextcloud/files'
import { generateRemoteUrl } from '@nextcloud/router'

/** The file the demo page shows, as the PHP host puts it into initial state `demo` / `file`. */
export interface DemoFile {
	fileid: number
	name: string
	/** Path relative to the owner's files, starting with `/`. */
	path: string
	mime: string
	size: number
	/** Unix seconds. */
	mtime: number
	owner: string
}

export const FOLDER_MIME = 'httpd/unix-directory'

/**
 * The `File` / `Folder` the Files app would hand to the Sharing tab for this
 * file: WebDAV source under `remote.php/dav/files/<owner>`, numeric file id.
 *
 * @param file the initial state
 */
export function nodeFromDemoFile(file: DemoFile): INode {
	const root = `/files/${file.owner}`
	const data = {
		id: file.fileid,
		source: `${generateRemoteUrl('dav')}${root}${file.path}`,
		root,
		owner: file.owner,
		mtime: new Date(file.mtime * 1000),
		size: file.size,
		permissions: Permission.ALL,
		attributes: { 'share-permissions': Permission.ALL },
	}
	return file.mime === FOLDER_MIME
		? new Folder(data)
		: new File({ ...data, mime: file.mime })
}

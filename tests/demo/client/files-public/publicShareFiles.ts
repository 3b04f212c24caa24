/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Node } from '@nextcloud/files'
import type { FileStat, ResponseDataDetailed } from 'webdav'

import { formatFileSize } from '@nextcloud/files'
import {
	getClient,
	getDefaultPropfind,
	getRemoteURL,
	getRootPath,
	registerDavProperty,
	resultToNode,
} from '@nextcloud/files/dav'

/**
 * The file list of the Files public page (Nextcloud 33/34): files_sharing registers its
 * DAV properties (apps/files_sharing/src/init.ts), and the "public-file-share" view reads
 * the share's root over public WebDAV with the default PROPFIND
 * (apps/files_sharing/src/files_views/publicFileShare.ts: `client.stat(davRootPath,
 * { data: davGetDefaultPropfind(), details: true })`, then `davResultToNode`). The
 * client is @nextcloud/files' own: remote URL `…/public.php/dav`, root `/files/{token}`,
 * `X-Requested-With: XMLHttpRequest` and the request token on every request.
 */
export async function loadPublicShareNodes(): Promise<Node[]> {
	for (const [prop, namespace] of [
		['nc:note', { nc: 'http://nextcloud.org/ns' }],
		['nc:sharees', { nc: 'http://nextcloud.org/ns' }],
		['nc:hide-download', { nc: 'http://nextcloud.org/ns' }],
		['nc:share-attributes', { nc: 'http://nextcloud.org/ns' }],
		['oc:share-types', { oc: 'http://owncloud.org/ns' }],
		['ocs:share-permissions', { ocs: 'http://open-collaboration-services.org/ns' }],
	] as const) {
		registerDavProperty(prop, namespace)
	}
	const remoteURL = getRemoteURL()
	const root = getRootPath()
	const client = getClient(remoteURL)
	const result = await client.stat(root, { data: getDefaultPropfind(), details: true }) as ResponseDataDetailed<FileStat>
	return [resultToNode(result.data, root, remoteURL)]
}

/**
 * Renders the list into `target`: one row per node, its name a download link to the
 * node's WebDAV source (the Files app's default action for a file it cannot view).
 *
 * @param target - the list element
 * @param nodes - the nodes from public WebDAV
 */
export function renderNodes(target: HTMLElement, nodes: Node[]): void {
	target.replaceChildren(...nodes.map((node) => {
		const row = document.createElement('li')
		row.className = 'public-share-files__entry'
		row.dataset.fileid = String(node.fileid ?? '')
		const link = document.createElement('a')
		link.href = node.encodedSource
		link.download = node.displayname
		link.textContent = node.displayname
		const size = document.createElement('span')
		size.className = 'public-share-files__size'
		size.textContent = formatFileSize(node.size ?? 0)
		row.append(link, ' ', size)
		return row
	}))
}

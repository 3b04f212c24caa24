/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * Where the password form lives, newest layout first: the Vue page of
 * Nextcloud 33/34 renders `#guest-content-vue`, 35 mounts into
 * `#core-public-share-auth`, older templates only have `.guest-box`.
 */
export const MOUNT_POINT_SELECTORS = ['#guest-content-vue', '#core-public-share-auth', '.guest-box'] as const

/**
 * The element next to the password form that our button goes into
 *
 * @param root - the document to search
 */
export function findMountPoint(root: ParentNode = document): Element | null {
	for (const selector of MOUNT_POINT_SELECTORS) {
		const element = root.querySelector(selector)
		if (element) {
			return element
		}
	}
	return null
}

/**
 * Keep an element in the mount point. The page's own Vue app may render after
 * us and replace the content we appended to, so we put it back when that happens.
 *
 * @param element - what to place
 * @param root - the document
 * @return a function that stops watching
 */
export function keepPlaced(element: HTMLElement, root: Document = document): () => void {
	const place = (): void => {
		if (element.isConnected) {
			return
		}
		findMountPoint(root)?.appendChild(element)
	}
	place()
	const observer = new MutationObserver(place)
	observer.observe(root.body, { childList: true, subtree: true })
	return () => observer.disconnect()
}

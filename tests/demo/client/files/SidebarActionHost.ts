/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { INode } from '@nextcloud/files'
import type { IShare } from '@nextcloud/sharing'
import type { ISidebarAction } from '@nextcloud/sharing/ui'

/** What the host writes into a registered action's custom element. */
export interface SidebarActionElement extends HTMLElement {
	share?: IShare
	node?: INode
	onSave?: (callback: () => Promise<void>) => void
}

/**
 * Hosts one registered sidebar action the way
 * components/SidebarTabExternal/SidebarTabExternalAction.vue does: it creates
 * the custom element, hands it `share`, `node` and `onSave` as properties
 * (before the element is attached, then again once attached), remembers only
 * the LAST callback passed to `onSave`, and `save()` awaits that callback.
 */
export class SidebarActionHost {
	readonly element: SidebarActionElement
	private savingCallback: (() => Promise<void>) | undefined

	constructor(readonly action: ISidebarAction, share: IShare, private node: INode) {
		this.element = document.createElement(action.element) as SidebarActionElement
		this.element.share = share
		this.element.node = node
		this.element.onSave = this.onSave
	}

	/** Attach the element and hand it its properties again, as the host's watchEffect does after mounting. */
	mount(container: HTMLElement): void {
		container.appendChild(this.element)
		this.setShare(this.element.share as IShare)
	}

	/** The host re-sets all three properties whenever the share object it edits is replaced. */
	setShare(share: IShare): void {
		this.element.node = this.node
		this.element.onSave = this.onSave
		this.element.share = share
	}

	unmount(): void {
		this.element.remove()
	}

	async save(): Promise<void> {
		await this.savingCallback?.()
	}

	private readonly onSave = (callback: () => Promise<void>): void => {
		this.savingCallback = callback
	}
}

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { IShare } from '@nextcloud/sharing'
import type { ISidebarAction } from '@nextcloud/sharing/ui'
import type { SidebarActionElement } from '../../demo/client/files/SidebarActionHost.ts'

import { getSidebarActions, registerSidebarAction } from '@nextcloud/sharing/ui'
import { afterEach, describe, expect, it, vi } from 'vitest'
import Share from '../../demo/client/files/Share.ts'
import { SidebarActionHost } from '../../demo/client/files/SidebarActionHost.ts'
import { enabledSidebarActions } from '../../demo/client/files/sidebarActions.ts'
import { ocsLinkShare, reportNode } from './shareFixtures.ts'

/** Records the properties it receives and whether it was attached at that moment. */
class RecordingElement extends HTMLElement {
	received: string[] = []
	private lastShare?: IShare
	private lastNode?: unknown
	private lastOnSave?: unknown

	set share(value: IShare | undefined) {
		this.lastShare = value
		this.received.push(`share${this.isConnected ? ' (attached)' : ''}`)
	}

	get share(): IShare | undefined {
		return this.lastShare
	}

	set node(value: unknown) {
		this.lastNode = value
		this.received.push(`node${this.isConnected ? ' (attached)' : ''}`)
	}

	get node(): unknown {
		return this.lastNode
	}

	set onSave(value: unknown) {
		this.lastOnSave = value
		this.received.push(`onSave${this.isConnected ? ' (attached)' : ''}`)
	}

	get onSave(): unknown {
		return this.lastOnSave
	}
}
customElements.define('oca_demo_spec-recording', RecordingElement)

/**
 * A registered action using the recording element.
 *
 * @param id its id
 * @param order its order
 * @param enabled its enabled()
 */
function action(id: string, order: number, enabled: ISidebarAction['enabled']): ISidebarAction {
	return { id, order, element: 'oca_demo_spec-recording', enabled }
}

describe('enabledSidebarActions', () => {
	afterEach(() => {
		delete window._nc_files_sharing_sidebar_actions
	})

	it('keeps only actions whose enabled(share, node) is true, lowest order first', () => {
		const linkOnly = vi.fn((share: IShare) => share.type === 3)
		registerSidebarAction(action('high', 50, linkOnly))
		registerSidebarAction(action('never', 1, () => false))
		registerSidebarAction(action('low', 10, () => true))
		const share = new Share(ocsLinkShare()) as unknown as IShare
		const node = reportNode()

		expect(enabledSidebarActions(getSidebarActions(), share, node).map(({ id }) => id)).toEqual(['low', 'high'])
		expect(linkOnly).toHaveBeenCalledWith(share, node)
	})

	it('sees actions another bundle registered, through the registry on window', () => {
		window._nc_files_sharing_sidebar_actions = new Map([['other-bundle', action('other-bundle', 5, () => true)]])

		expect(enabledSidebarActions(getSidebarActions(), new Share(ocsLinkShare()) as unknown as IShare, reportNode()).map(({ id }) => id))
			.toEqual(['other-bundle'])
	})

	it('hides an action that is enabled only for e-mail shares on a link share', () => {
		registerSidebarAction(action('email-only', 1, (share) => share.type === 4))

		expect(enabledSidebarActions(getSidebarActions(), new Share(ocsLinkShare()) as unknown as IShare, reportNode())).toEqual([])
	})
})

describe('SidebarActionHost', () => {
	it('hands share, node and onSave to the element before and again after attaching it', () => {
		const share = new Share(ocsLinkShare()) as unknown as IShare
		const node = reportNode()
		const host = new SidebarActionHost(action('a', 1, () => true), share, node)
		const element = host.element as SidebarActionElement & RecordingElement

		host.mount(document.body)

		expect(element.isConnected).toBe(true)
		expect(element.received).toEqual(['share', 'node', 'onSave', 'node (attached)', 'onSave (attached)', 'share (attached)'])
		expect(element.share).toBe(share)
		expect(element.node).toBe(node)
	})

	it('awaits only the last callback the element registered', async () => {
		const host = new SidebarActionHost(action('a', 1, () => true), new Share(ocsLinkShare()) as unknown as IShare, reportNode())
		host.mount(document.body)
		const first = vi.fn().mockResolvedValue(undefined)
		const last = vi.fn().mockResolvedValue(undefined)

		host.element.onSave?.(first)
		host.element.onSave?.(last)
		await host.save()

		expect(first).not.toHaveBeenCalled()
		expect(last).toHaveBeenCalledTimes(1)
	})

	it('passes a rejecting callback on to the caller and saves nothing without a callback', async () => {
		const host = new SidebarActionHost(action('a', 1, () => true), new Share(ocsLinkShare()) as unknown as IShare, reportNode())
		await expect(host.save()).resolves.toBeUndefined()

		host.element.onSave?.(() => Promise.reject(new Error('refused')))
		await expect(host.save()).rejects.toThrow('refused')
	})

	it('removes the element on unmount', () => {
		const host = new SidebarActionHost(action('a', 1, () => true), new Share(ocsLinkShare()) as unknown as IShare, reportNode())
		host.mount(document.body)

		host.unmount()

		expect(host.element.isConnected).toBe(false)
		expect(document.body.children).toHaveLength(0)
	})
})

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Page } from 'playwright-core'

/**
 * Runs in a page before its scripts (`page.addInitScript(keepPeerConnections)`): keeps every
 * RTCPeerConnection on window.vvConnections, for getStats. Self-contained: Playwright sends its source.
 */
export function keepPeerConnections(): void {
	const connections: RTCPeerConnection[] = []
	;(window as unknown as { vvConnections: RTCPeerConnection[] }).vvConnections = connections
	const Native = window.RTCPeerConnection
	window.RTCPeerConnection = class extends Native {
		constructor(configuration?: RTCConfiguration) {
			super(configuration)
			connections.push(this)
		}
	}
}

/**
 * Whether the page's open peer connections received audio and video bytes (inbound-rtp; with the
 * MCU: its subscriber's).
 *
 * @param page a page with keepPeerConnections
 */
export async function bytesReceived(page: Page): Promise<{ audio: boolean, video: boolean }> {
	return page.evaluate(async () => {
		const received = { audio: false, video: false }
		for (const connection of (window as unknown as { vvConnections: RTCPeerConnection[] }).vvConnections) {
			if (connection.connectionState === 'closed') {
				continue
			}
			for (const report of (await connection.getStats()).values()) {
				const inbound = report as { type: string, kind?: string, bytesReceived?: number }
				if (inbound.type === 'inbound-rtp' && (inbound.kind === 'audio' || inbound.kind === 'video') && (inbound.bytesReceived ?? 0) > 0) {
					received[inbound.kind] = true
				}
			}
		}
		return received
	})
}

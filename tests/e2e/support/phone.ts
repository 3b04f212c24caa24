/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { BrowserContextOptions, Page } from 'playwright-core'

import { expect } from 'vitest'

/** The phone sizes of issue 21 (CSS pixels, portrait) */
export const PHONES = {
	'390×844': { width: 390, height: 844 },
	'360×640': { width: 360, height: 640 },
} as const

/**
 * A phone's browser context: viewport, touch, mobile meta-viewport handling, a phone's user agent
 *
 * @param size - portrait size
 * @param size.width - CSS pixels
 * @param size.height - CSS pixels
 */
export function phoneContext(size: { width: number, height: number }): BrowserContextOptions {
	return {
		viewport: size,
		isMobile: true,
		hasTouch: true,
		deviceScaleFactor: 3,
		userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
	}
}

/**
 * Nothing of the element is cut off: it lies inside the viewport horizontally and the page
 * does not scroll sideways
 *
 * @param page - the phone's page
 * @param selector - the element
 * @param what - for the message
 */
export async function expectFitsTheWidth(page: Page, selector: string, what: string): Promise<void> {
	const fit = await page.evaluate((sel) => {
		const box = document.querySelector(sel)?.getBoundingClientRect()
		return {
			left: box?.left ?? -1,
			right: box?.right ?? Number.POSITIVE_INFINITY,
			viewport: window.innerWidth,
			scrollWidth: document.documentElement.scrollWidth,
		}
	}, selector)
	expect(fit.left, `${what}: left edge`).toBeGreaterThanOrEqual(0)
	expect(fit.right, `${what}: right edge`).toBeLessThanOrEqual(fit.viewport + 0.5)
	expect(fit.scrollWidth, `${what}: no sideways scrolling`).toBeLessThanOrEqual(fit.viewport)
}

/**
 * The smallest font size of the visible text inside the element, in CSS pixels: text a phone
 * shows without zoom is at least 12 px (the layout viewport is the device's width, which the
 * page's meta viewport asks for)
 *
 * @param page - the phone's page
 * @param selector - the element
 */
export async function smallestFontSize(page: Page, selector: string): Promise<number> {
	return page.evaluate((sel) => {
		let smallest = Number.POSITIVE_INFINITY
		const walker = document.createTreeWalker(document.querySelector(sel) ?? document.body, NodeFilter.SHOW_TEXT)
		for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
			const parent = node.parentElement
			if (parent === null || (node.textContent ?? '').trim() === '' || parent.getClientRects().length === 0) {
				continue
			}
			const style = getComputedStyle(parent)
			// Text only for screen readers is not read by eye
			if (style.clipPath === 'inset(50%)' || parent.closest('[aria-hidden="true"]') !== null || style.visibility === 'hidden') {
				continue
			}
			smallest = Math.min(smallest, parseFloat(style.fontSize))
		}
		return smallest
	}, selector)
}

/**
 * Where a button is on the screen: the thumb reaches the lower part of a phone held in one hand
 *
 * @param page - the phone's page
 * @param name - the button's accessible name
 */
export async function expectInThumbReach(page: Page, name: string): Promise<void> {
	const box = await page.getByRole('button', { name, exact: true }).boundingBox()
	const height = page.viewportSize()!.height
	expect(box, `"${name}" is shown`).not.toBeNull()
	expect(box!.y + box!.height, `"${name}" is on the screen`).toBeLessThanOrEqual(height)
	expect(box!.y, `"${name}" is in the lower part of the screen`).toBeGreaterThanOrEqual(height * 0.5)
	expect(box!.height, `"${name}" is a touch target of at least 44 px`).toBeGreaterThanOrEqual(44)
}

/**
 * Video bytes the page's open connections sent and received so far (outbound-rtp, inbound-rtp)
 *
 * @param page - a page with keepPeerConnections
 */
export async function videoBytes(page: Page): Promise<{ sent: number, received: number }> {
	return page.evaluate(async () => {
		const total = { sent: 0, received: 0 }
		for (const connection of (window as unknown as { vvConnections: RTCPeerConnection[] }).vvConnections) {
			if (connection.connectionState === 'closed') {
				continue
			}
			for (const report of (await connection.getStats()).values()) {
				const rtp = report as { type: string, kind?: string, bytesSent?: number, bytesReceived?: number }
				if (rtp.kind !== 'video') {
					continue
				}
				if (rtp.type === 'outbound-rtp') {
					total.sent += rtp.bytesSent ?? 0
				} else if (rtp.type === 'inbound-rtp') {
					total.received += rtp.bytesReceived ?? 0
				}
			}
		}
		return total
	})
}

/**
 * Runs in the page before its scripts: keeps every Screen Wake Lock the page takes on
 * window.vvWakeLocks, so a test can see whether one is held. Self-contained.
 */
export function keepWakeLocks(): void {
	const locks: WakeLockSentinel[] = []
	;(window as unknown as { vvWakeLocks: WakeLockSentinel[] }).vvWakeLocks = locks
	const wakeLock = navigator.wakeLock
	if (wakeLock === undefined) {
		return
	}
	const request = wakeLock.request.bind(wakeLock)
	wakeLock.request = async (type?: WakeLockType) => {
		const sentinel = await request(type)
		locks.push(sentinel)
		return sentinel
	}
}

/**
 * Whether the page holds a screen wake lock now
 *
 * @param page - a page with keepWakeLocks
 */
export async function holdsWakeLock(page: Page): Promise<boolean> {
	return page.evaluate(() => (window as unknown as { vvWakeLocks: WakeLockSentinel[] }).vvWakeLocks.some((lock) => !lock.released))
}

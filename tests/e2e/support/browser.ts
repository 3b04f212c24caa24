/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'

import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { afterAll, afterEach, beforeAll, inject } from 'vitest'
import { artifactsDir } from './demoServer.ts'

/**
 * The people of a journey; each gets its own browser context (cookies, session). The outsider
 * has the link and nothing else (another browser, e.g. the one the link was forwarded to).
 */
export type Persona = 'sharer' | 'recipient' | 'outsider'

export interface PageActivity {
	consoleErrors: string[]
	pageErrors: string[]
	/** network failures and HTTP answers >= 400, as "METHOD url → status or error" */
	failedRequests: string[]
	responses: { method: string, url: string, status: number }[]
}

const chromiumPath = '/usr/bin/chromium'
const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--use-fake-device-for-media-stream',
	'--use-fake-ui-for-media-stream',
	'--allow-loopback-in-peer-connection',
	'--autoplay-policy=no-user-gesture-required',
]

const activities = new WeakMap<Page, PageActivity>()

/**
 * @param options - how the browser's fake media devices look
 * @param options.cameras - how many fake cameras Chromium offers (its fake device factory's
 *        `device-count`; default 1). 0 is a device without a camera (the fake microphone stays).
 */
export async function launchBrowser({ cameras = 1 }: { cameras?: number } = {}): Promise<Browser> {
	const args = cameras === 1
		? chromiumArgs
		: chromiumArgs.map((arg) => arg === '--use-fake-device-for-media-stream' ? `${arg}=device-count=${cameras}` : arg)
	return chromium.launch({ executablePath: chromiumPath, headless: true, args })
}

/**
 * What a page has done so far: console errors, uncaught errors, failed requests and
 * every response. Recording starts when the page opens.
 */
export function activityOf(page: Page): PageActivity {
	const activity = activities.get(page)
	if (activity === undefined) {
		throw new Error('This page was not opened through useBrowser(), so nothing was recorded')
	}
	return activity
}

/**
 * Fails when the page logged a console error or threw an uncaught error. `allow` lists
 * messages a test provokes on purpose (a 4xx answer also logs a console error).
 */
export function expectNoConsoleErrors(page: Page, { allow = [] }: { allow?: RegExp[] } = {}): void {
	const { consoleErrors, pageErrors, failedRequests } = activityOf(page)
	const unexpected = [...consoleErrors, ...pageErrors].filter((message) => !allow.some((pattern) => pattern.test(message)))
	if (unexpected.length > 0) {
		const requests = failedRequests.length > 0 ? `\nFailed requests:\n  ${failedRequests.join('\n  ')}` : ''
		throw new Error(`Console errors on ${page.url()}:\n  ${unexpected.join('\n  ')}${requests}`)
	}
}

/**
 * Registers the hooks of a journey file: one browser for the file, fresh contexts for each
 * test (created on first use), a screenshot of every open page into tests/e2e/.artifacts
 * when a test fails. `baseUrl` points the pages at another demo host than the run's one
 * (a journey that starts its own, e.g. in another signaling mode).
 */
export function useBrowser({ baseUrl, cameras, contextOptions }: {
	baseUrl?: () => string
	/** fake cameras of the browser (see launchBrowser) */
	cameras?: number
	/** per persona, e.g. a phone's viewport, isMobile and hasTouch */
	contextOptions?: (persona: Persona) => BrowserContextOptions
} = {}): { page(persona: Persona): Promise<Page> } {
	let browser: Browser | undefined
	const contexts = new Map<Persona, BrowserContext>()

	beforeAll(async () => {
		browser = await launchBrowser({ cameras })
	})

	afterEach(async ({ task }) => {
		if (task.result?.state === 'fail') {
			await screenshotAll(task.name, contexts)
		}
		await Promise.all([...contexts.values()].map((context) => context.close()))
		contexts.clear()
	})

	afterAll(async () => {
		await browser?.close()
	})

	return {
		async page(persona: Persona): Promise<Page> {
			if (browser === undefined) {
				throw new Error('useBrowser() must be called at the top of the test file')
			}
			let context = contexts.get(persona)
			if (context === undefined) {
				context = await browser.newContext({ ...contextOptions?.(persona), baseURL: baseUrl?.() ?? inject('demoBaseUrl') })
				context.on('page', record)
				contexts.set(persona, context)
			}
			const page = await context.newPage()
			record(page)
			return page
		},
	}
}

function record(page: Page): void {
	if (activities.has(page)) {
		return
	}
	const activity: PageActivity = { consoleErrors: [], pageErrors: [], failedRequests: [], responses: [] }
	activities.set(page, activity)
	page.on('console', (message) => {
		const { url, lineNumber } = message.location()
		// Chromium fetches /favicon.ico by itself; its 404 is no error of the page.
		if (message.type() === 'error' && new URL(url || 'about:blank').pathname !== '/favicon.ico') {
			activity.consoleErrors.push(`${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`)
		}
	})
	page.on('pageerror', (error) => {
		activity.pageErrors.push(`${error.name}: ${error.message}`)
	})
	page.on('requestfailed', (request) => {
		activity.failedRequests.push(`${request.method()} ${request.url()} → ${request.failure()?.errorText ?? 'failed'}`)
	})
	page.on('response', (response) => {
		const method = response.request().method()
		activity.responses.push({ method, url: response.url(), status: response.status() })
		if (response.status() >= 400) {
			activity.failedRequests.push(`${method} ${response.url()} → ${response.status()}`)
		}
	})
}

async function screenshotAll(testName: string, contexts: Map<Persona, BrowserContext>): Promise<void> {
	mkdirSync(artifactsDir, { recursive: true })
	const slug = testName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80)
	for (const [persona, context] of contexts) {
		for (const [index, page] of context.pages().entries()) {
			const file = join(artifactsDir, `${slug}-${persona}-${index + 1}.png`)
			await page.screenshot({ path: file, fullPage: true }).catch((error: Error) => {
				console.error(`Screenshot ${file} failed: ${error.message}`)
			})
		}
	}
}

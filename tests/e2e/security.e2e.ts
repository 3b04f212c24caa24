/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Page } from 'playwright-core'

import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { beforeEach, describe, expect, inject, test } from 'vitest'
import { expectNoConsoleErrors, useBrowser } from './support/browser.ts'
import { artifactsDir, useOwnDemoServer } from './support/demoServer.ts'
import { ourOperations, urlOf } from './support/ourOperations.ts'
import {
	answer,
	CALL_TIMEOUT,
	callAndWaitForRing,
	OCS,
	openPreview,
	passwordProtectedLinkShare,
	resetDemo,
	ROOM_DELETED,
	SIDEBAR,
} from './support/recipientJourney.ts'

const REQUESTS = '/ocs/v2.php/apps/video_verification/api/v1/requests'
const SHARE_SETTINGS = '/ocs/v2.php/apps/video_verification/api/v1/shares/'
/** The password alice tells in the call: it must never travel back out */
const TOLD_PASSWORD = 'Told-Only-In-The-Call-7319'
/** The seed's password of the bank statement link */
const SEED_PASSWORD = 'Demo-password-1'

describe('security: authorization and secrets, for every operation of openapi.json', () => {
	const browser = useBrowser()

	beforeEach(resetDemo)

	test('bob gets nothing of alice\'s: her shares\' settings, her recipient\'s request, whatever has an id in its path', async () => {
		const share = await passwordProtectedLinkShare()
		const alice = await loginAs(await browser.page('sharer'), 'alice')
		const on = await alice.request.put(`${SHARE_SETTINGS}${share.id}`, { headers: OCS, data: { enabled: true, mode: 'approve' } })
		expect(on.status()).toBe(200)
		const aliceSettings = await (await alice.request.get(`${SHARE_SETTINGS}${share.id}`, { headers: OCS })).text()
		// Carol (on the share page, her own browser) asks to be seen
		const carol = await browser.page('recipient')
		await carol.goto(`/index.php/s/${share.token}`)
		const created = await carol.request.post(REQUESTS, { headers: OCS, data: { shareToken: share.token, displayName: 'Carol Cole' } })
		expect(created.status()).toBe(201)
		const request = (await created.json()).ocs.data as { requestId: string, secret: string, code: string }

		const bob = await loginAs(alice, 'bob')
		const before = await sharesState()
		const aliceShareIds = (await allShares()).map((s) => String(s.id))
		// What bob tries in each path parameter, by its name; unknown names get everything
		const aliceFileIds = [...new Set((await allShares()).map((s) => String(s.file_source)))]
		const candidates: Record<string, string[]> = { shareId: aliceShareIds, requestId: [request.requestId], fileId: aliceFileIds, grantId: ['1'] }
		const everything = [...aliceShareIds, request.requestId]
		const headerValues: Record<string, string> = { 'X-Request-Secret': request.secret }
		let attempts = 0

		for (const operation of ourOperations().filter((o) => o.pathParameters.length > 0)) {
			const name = operation.pathParameters[0] as string
			for (const value of candidates[name] ?? everything) {
				const url = urlOf(operation.path, Object.fromEntries(operation.pathParameters.map((p) => [p, p === name ? value : (candidates[p] ?? everything)[0] as string])))
				const headers: Record<string, string> = { ...OCS }
				for (const header of operation.headerParameters) {
					headers[header] = headerValues[header] ?? 'x'
				}
				const response = await bob.request.fetch(url, { method: operation.verb, headers, ...(operation.minimalBody === null ? {} : { data: operation.minimalBody }) })
				attempts++
				const body = await response.text()
				if (operation.verb === 'GET' && response.status() === 200) {
					// a listing filtered by who asks (the records of a file): bob's is empty
					expect(JSON.parse(body).ocs.data, `bob: ${operation.verb} ${url} → ${body.slice(0, 200)}`).toEqual([])
				} else {
					expect([401, 403, 404], `bob: ${operation.verb} ${url} → ${response.status()} ${body.slice(0, 200)}`).toContain(response.status())
				}
				for (const secret of [request.code, request.secret, share.token as string, 'Bank statement.pdf', 'alice']) {
					expect(body, `bob's answer of ${operation.verb} ${url}`).not.toContain(secret)
				}
			}
		}
		expect(attempts).toBeGreaterThanOrEqual(4 + 2 * 1)
		expect(await sharesState()).toEqual(before)
		// Carol's request is untouched by bob's DELETE, approve and decline: she still reads it as requested
		const still = await carol.request.get(`${REQUESTS}/${request.requestId}`, { headers: { ...OCS, 'X-Request-Secret': request.secret } })
		expect((await still.json()).ocs.data.status).toBe('requested')
		expect(aliceSettings).toContain('"enabled":true')
	})

	test('no answer, log line or notification of a whole request and call holds a share password or the request secret', async () => {
		const share = await passwordProtectedLinkShare()
		const sharer = await browser.page('sharer')
		const recipient = await browser.page('recipient')
		const seen = [captureTraffic(sharer), captureTraffic(recipient)]
		const serverLogStart = sizeOf(serverLogFile())

		await loginAs(sharer, 'alice', `/index.php/apps/files/?fileid=${share.file_source}`)
		const on = await sharer.request.put(`${SHARE_SETTINGS}${share.id}`, { headers: OCS, data: { enabled: true, mode: 'password', password: TOLD_PASSWORD } })
		expect(on.status()).toBe(200)
		expect(await on.text()).not.toContain(TOLD_PASSWORD)

		await openPreview(recipient, share)
		await callAndWaitForRing(recipient)
		await answer(sharer)
		await recipient.locator(`${SIDEBAR} [data-call-phase="connected"]`).waitFor({ timeout: CALL_TIMEOUT })
		await recipient.getByRole('button', { name: 'Hang up', exact: true }).click()
		await recipient.locator(`${SIDEBAR} [data-ending="hangup"]`).waitFor()
		const notifications = await sharer.request.get('/ocs/v2.php/apps/notifications/api/v2/notifications', { headers: OCS })

		const exchanges = seen.flatMap((traffic) => traffic.exchanges)
		const creation = exchanges.find((e) => e.method === 'POST' && new URL(e.url).pathname === REQUESTS)
		expect(creation, 'the journey registered its request').toBeDefined()
		const secret = (JSON.parse(creation!.body) as { ocs: { data: { secret: string } } }).ocs.data.secret
		expect(secret).toMatch(/^[A-Za-z0-9]{48}$/)

		const forbidden = [TOLD_PASSWORD, SEED_PASSWORD, secret]
		const sources: [string, string][] = [
			...exchanges.filter((e) => e !== creation).map((e): [string, string] => [`${e.method} ${e.url} (answer)`, e.body]),
			...exchanges.map((e): [string, string] => [`${e.method} ${e.url} (URL)`, e.url]),
			['notifications of alice', await notifications.text()],
			['the demo log (data dir demo.log)', readIfThere(join(dirname(inject('contractLog')), 'data', 'demo.log'))],
			['php -S output (request log)', readIfThere(serverLogFile()).slice(serverLogStart)],
			['the contract log', readIfThere(inject('contractLog'))],
		]
		expect(exchanges.length).toBeGreaterThan(20)
		for (const [where, text] of sources) {
			for (const value of forbidden) {
				expect(text.includes(value), `${where} contains ${value === secret ? 'the request secret' : `the password ${value}`}`).toBe(false)
			}
		}
		expectNoConsoleErrors(sharer, { allow: [ROOM_DELETED] })
		expectNoConsoleErrors(recipient)
	})
})

/*
 * The CSRF check runs against a demo of its own: requests without the OCS-APIRequest header
 * break our OpenAPI document on purpose (it declares the header required and no 412), and
 * that demo's contract log must hold exactly those violations and no other.
 */
describe('security: CSRF for every operation of openapi.json', () => {
	const demo = useOwnDemoServer({ name: 'csrf' }, { violations: /OCS-APIRequest: required parameter is missing|X-Request-Secret: required parameter is missing|→ 412: / })
	const browser = useBrowser({ baseUrl: () => demo().baseUrl })

	test('a logged-in call without OCS-APIRequest and without request token is refused and changes nothing', async () => {
		const base = demo().baseUrl
		const shares = async (): Promise<{ id: number, has_password: boolean, share_type: number, send_password_by_talk: boolean }[]> => ((await (await fetch(`${base}/demo/state/shares`)).json()) as { shares: [] }).shares
		// A fresh demo seeds on its first requests: wait for the seed
		await expect.poll(async () => (await shares()).some((s) => s.share_type === 3 && s.has_password), { timeout: 10_000 }).toBe(true)
		const share = (await shares()).find((s) => s.share_type === 3 && s.has_password)!
		// The admin passes every login and admin check, which Nextcloud's SecurityMiddleware
		// makes before the CSRF check: only the CSRF check can refuse here.
		const admin = await loginAs(await browser.page('sharer'), 'admin')
		const before = await shares()
		const operations = ourOperations()
		expect(operations.length).toBeGreaterThanOrEqual(5)

		for (const operation of operations) {
			const url = urlOf(operation.path, { shareId: String(share.id) })
			const response = await admin.request.fetch(url, {
				method: operation.verb,
				headers: { Accept: 'application/json' },
				...(operation.minimalBody === null ? {} : { data: operation.minimalBody }),
			})
			expect(response.status(), `${operation.verb} ${url} without OCS-APIRequest`).toBe(412)
		}
		expect(await shares()).toEqual(before)
		// A session with the header passes: the 412s were the CSRF check
		const alice = await loginAs(admin, 'alice')
		const control = await alice.request.get(`${SHARE_SETTINGS}${share.id}`, { headers: OCS })
		expect(control.status()).toBe(200)
	})
})

interface Exchange { method: string, url: string, body: string }

/**
 * Keeps the text of every answer the page gets (not scripts, styles or media).
 *
 * @param page - the page, before it loads anything
 */
function captureTraffic(page: Page): { exchanges: Exchange[] } {
	const traffic = { exchanges: [] as Exchange[] }
	page.on('response', async (response) => {
		const type = response.headers()['content-type'] ?? ''
		const entry: Exchange = { method: response.request().method(), url: response.url(), body: '' }
		traffic.exchanges.push(entry)
		if (/json|html|text\/plain|xml/.test(type)) {
			entry.body = await response.text().catch(() => '')
		}
	})
	return traffic
}

async function loginAs(page: Page, user: string, then = '/'): Promise<Page> {
	await page.goto(`/index.php/login?user=${user}&redirect_url=${encodeURIComponent(then)}`)
	return page
}

async function allShares(): Promise<{ id: number, file_source: number }[]> {
	const response = await fetch(`${inject('demoBaseUrl')}/demo/state/shares`)
	return ((await response.json()) as { shares: { id: number, file_source: number }[] }).shares
}

async function sharesState(): Promise<unknown> {
	return allShares()
}

function serverLogFile(): string {
	return join(artifactsDir, 'demo-server.log')
}

function readIfThere(file: string): string {
	return existsSync(file) ? readFileSync(file, 'utf8') : ''
}

function sizeOf(file: string): number {
	return readIfThere(file).length
}

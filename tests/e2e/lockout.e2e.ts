/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Page } from 'playwright-core'

import { request as httpRequest } from 'node:http'
import { beforeEach, describe, expect, inject, test } from 'vitest'
import { useBrowser } from './support/browser.ts'
import { OCS, passwordProtectedLinkShare, resetDemo, setVerification } from './support/recipientJourney.ts'

// Issue 18, each finding as a visitor with the link would try it: plain HTTP, one cookie jar per
// browser session (like curl -c/-b), against the demo host.

const API = '/ocs/v2.php/apps/video_verification/api/v1'
const TALK = '/ocs/v2.php/apps/spreed/api'
const SEED_PASSWORD = 'Demo-password-1'

interface Answer {
	status: number
	data: Record<string, unknown>
}

/** One browser session without a browser, from its own loopback address: its cookies */
class Visitor {
	private readonly cookies = new Map<string, string>()

	/**
	 * @param address - where it connects from (127.0.0.1 unless said)
	 */
	constructor(private readonly address = '127.0.0.1') {}

	async send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
		const url = new URL(path, inject('demoBaseUrl'))
		const payload = body === undefined ? undefined : JSON.stringify(body)
		const { status, text } = await new Promise<{ status: number, text: string }>((resolve, reject) => {
			const outgoing = httpRequest({
				host: url.hostname,
				port: url.port,
				path: url.pathname + url.search,
				method,
				localAddress: this.address,
				headers: {
					...OCS,
					...(payload === undefined ? {} : { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(payload)) }),
					...(this.cookies.size === 0 ? {} : { Cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') }),
					...headers,
				},
			}, (response) => {
				for (const cookie of response.headers['set-cookie'] ?? []) {
					const [pair] = cookie.split(';')
					const [name, value] = (pair as string).split('=', 2)
					this.cookies.set(name as string, value ?? '')
				}
				let text = ''
				response.setEncoding('utf8')
				response.on('data', (chunk: string) => {
					text += chunk
				})
				response.on('end', () => resolve({ status: response.statusCode ?? 0, text }))
				response.on('error', reject)
			})
			outgoing.on('error', reject)
			outgoing.end(payload)
		})
		let data: Record<string, unknown> = {}
		try {
			data = (JSON.parse(text) as { ocs?: { data?: Record<string, unknown> } }).ocs?.data ?? {}
		} catch {
			// not OCS (a redirect, a page)
		}
		return { status, data }
	}

	async request(shareToken: string, displayName = 'Carol'): Promise<{ status: number, requestId: string, secret: string, error?: unknown }> {
		const answer = await this.send('POST', `${API}/requests`, { shareToken, displayName })
		return { status: answer.status, requestId: String(answer.data.requestId ?? ''), secret: String(answer.data.secret ?? ''), error: answer.data.error }
	}

	async poll(request: { requestId: string, secret: string }): Promise<Answer> {
		return this.send('GET', `${API}/requests/${request.requestId}`, undefined, { 'X-Request-Secret': request.secret })
	}

	async act(request: { requestId: string, secret: string }, action: 'progress' | 'password' | 'callback', body: unknown): Promise<Answer> {
		return this.send('POST', `${API}/requests/${request.requestId}/${action}`, body, { 'X-Request-Secret': request.secret })
	}

	async cancel(request: { requestId: string, secret: string }): Promise<Answer> {
		return this.send('DELETE', `${API}/requests/${request.requestId}`, undefined, { 'X-Request-Secret': request.secret })
	}

	/**
	 * As the recipient's page does: Talk makes the share's room, the page joins it and its call
	 *
	 * @param shareToken - the share
	 */
	async ringThroughTalk(shareToken: string): Promise<string> {
		const room = await this.send('POST', `${TALK}/v1/publicshareauth`, { shareToken })
		expect(room.status).toBe(201)
		const token = String(room.data.token)
		await this.joinCall(token)
		return token
	}

	async joinCall(token: string): Promise<void> {
		expect((await this.send('POST', `${TALK}/v4/room/${token}/participants/active`, { force: true })).status).toBe(200)
		expect((await this.send('POST', `${TALK}/v4/call/${token}`, { flags: 7 })).status).toBe(200)
	}
}

/**
 * Alice, logged in: her session as a Visitor
 */
async function alice(): Promise<Visitor> {
	const visitor = new Visitor()
	await visitor.send('GET', `/index.php/login?user=alice&redirect_url=${encodeURIComponent('/index.php/apps/files/')}`)
	return visitor
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

describe('issue 18: nobody can shut a recipient out, and the record says only what Talk saw', () => {
	const browser = useBrowser()
	let share: Awaited<ReturnType<typeof passwordProtectedLinkShare>>
	let sharerPage: Page

	beforeEach(async () => {
		await resetDemo()
		share = await passwordProtectedLinkShare()
		sharerPage = await browser.page('sharer')
		await setVerification(sharerPage, share, true)
	})

	test('one visitor cannot hold the share: created-and-cancelled requests count for nothing, a full share is no brute-force failure, a page that stops polling is abandoned within 30 s', async () => {
		const token = share.token as string
		// Before: 10 requests created and cancelled at once tripped the share's hourly limit.
		// Ten addresses (each within its own rate limit of 10 requests in 10 minutes)
		for (let i = 0; i < 10; i++) {
			const visitor = new Visitor(`127.0.1.${i + 1}`)
			const created = await visitor.request(token, 'Mallory')
			expect(created.status).toBe(201)
			expect((await visitor.cancel(created)).status).toBe(200)
		}
		const carol = new Visitor('127.0.2.1')
		const carolsRequest = await carol.request(token, 'Carol')
		expect(carolsRequest.status, 'the real recipient still gets through').toBe(201)

		// One session holds one open request: a second one replaces the first.
		const mallory = new Visitor('127.0.3.1')
		const first = await mallory.request(token, 'Mallory')
		const second = await mallory.request(token, 'Mallory')
		expect((await mallory.poll(first)).data.status).toBe('cancelled')
		const crashed = new Visitor('127.0.3.1')
		const crashedRequest = await crashed.request(token, 'Mallory')
		expect(crashedRequest.status).toBe(201)

		// Three live requests: the share is full. Each 429 is no brute-force failure: Carol's
		// address gets it 9 times (her rate limit allows 10 requests in 10 minutes) and her
		// poll still answers at once (before: each counted, the delays grew to seconds, and
		// ten blocked every request endpoint for her address).
		for (let i = 0; i < 9; i++) {
			const refused = await new Visitor('127.0.2.1').request(token, 'Carol')
			expect(refused.status).toBe(429)
			expect(refused.error).toBe('too_many_requests')
		}
		expect((await carol.poll(carolsRequest)).status).toBe(200)

		// The crashed page sends nothing more; Carol's and Mallory's pages keep polling.
		const start = Date.now()
		while (Date.now() - start < 32_000) {
			expect((await carol.poll(carolsRequest)).data.status).toBe('requested')
			expect((await mallory.poll(second)).data.status).toBe('requested')
			await sleep(5_000)
		}
		const dan = new Visitor('127.0.4.1')
		const dansRequest = await dan.request(token, 'Dan')
		expect(dansRequest.status, 'the crashed page\'s place is free').toBe(201)
		expect((await crashed.poll(crashedRequest)).data.status).toBe('abandoned')
	}, 90_000)

	test('the call\'s progress comes from Talk: the recipient\'s word changes nothing, approval needs Talk to have had both in the call', async () => {
		const carol = new Visitor()
		const request = await carol.request(share.token as string, 'Carol')
		const sharer = await alice()
		const approve = `${API}/requests/${request.requestId}/approve`

		expect((await carol.act(request, 'progress', { stage: 'answered' })).data.status).toBe('requested')
		const records = await sharer.send('GET', `${API}/files/${share.file_source}/requests`)
		const record = (records.data as unknown as { requestId: string, status: string, answeredAt: number | null }[]).find((r) => r.requestId === request.requestId)
		expect(record).toMatchObject({ status: 'requested', answeredAt: null })
		const refused = await sharer.send('POST', approve)
		expect(refused.status).toBe(409)
		expect(refused.data.error).toBe('call_not_answered')

		const room = await carol.ringThroughTalk(share.token as string)
		expect((await carol.poll(request)).data.status, 'Talk: the recipient is in the call').toBe('ringing')
		expect((await sharer.send('POST', approve)).data.error, 'alice is not in it yet').toBe('call_not_answered')
		await sharer.joinCall(room)
		const approved = await sharer.send('POST', approve)
		expect(approved.status).toBe(200)
		expect(approved.data.answeredAt).toEqual(expect.any(Number))
	})

	test('an e-mail share\'s address is shown as where the share was sent, never as the caller\'s identity', async () => {
		const sharer = await alice()
		expect((await sharer.send('PUT', `${API}/shares/2`, { enabled: true, mode: 'approve' })).status).toBe(200)
		// Someone with a forwarded link types another person's name
		expect((await new Visitor('127.0.6.1').request('DemoMedical0002', 'Carol')).status).toBe(201)

		const notifications = await sharer.send('GET', '/ocs/v2.php/apps/notifications/api/v2/notifications')
		const ours = (notifications.data as unknown as { app: string, message: string, messageRich: string, messageRichParameters: Record<string, { name: string }> }[]).filter((n) => n.app === 'video_verification')
		expect(ours).toHaveLength(1)
		expect(ours[0]!.message).toContain('The share was sent to carol@example.com; the caller may be someone else.')
		expect(ours[0]!.message).not.toContain('E-mail:')
		expect(ours[0]!.messageRich).toContain('The share was sent to {email}')
		expect(ours[0]!.messageRichParameters.email!.name).toBe('carol@example.com')
	})

	test('names that draw nothing or draw over the code are refused', async () => {
		const names = ['\u3164', 'Bob\u3164', 'Bob\u115F', 'Bob\uFFA0', 'Bob\u{E0020}\u{E0041}', 'Bo\u200Bb', 'Bob\u200F', 'Bob\u061C', '\uFEFFBob', 'Bo\u00ADb', 'Bo\u034Fb', 'Bob\u206A', 'B' + '\u0336'.repeat(59)]
		// One address per try: each refusal counts against its address's rate limit
		for (const [i, name] of names.entries()) {
			const created = await new Visitor(`127.0.5.${i + 1}`).request(share.token as string, name)
			expect(created.status, JSON.stringify(name)).toBe(400)
			expect(created.error).toBe('invalid_display_name')
		}
		expect((await new Visitor().request(share.token as string, 'Nguy\u1EC5n')).status).toBe(201)
	})

	test('password mode: no password before Talk says the call was answered, five wrong ones close the request and alice is told', async () => {
		const bank = { ...share }
		await setVerification(sharerPage, bank, true, 'password')
		const carol = new Visitor()
		const request = await carol.request(bank.token as string, 'Carol')

		const early = await carol.act(request, 'password', { password: SEED_PASSWORD })
		expect(early.status).toBe(409)
		expect(early.data.error).toBe('call_not_answered')

		const room = await carol.ringThroughTalk(bank.token as string)
		const sharer = await alice()
		await sharer.joinCall(room)
		for (let i = 1; i < 5; i++) {
			const wrong = await carol.act(request, 'password', { password: `guess ${i}` })
			expect(wrong.status).toBe(403)
			expect(wrong.data.error).toBe('wrong_password')
		}
		const fifth = await carol.act(request, 'password', { password: 'guess 5' })
		expect(fifth.status).toBe(409)
		expect(fifth.data.error).toBe('too_many_wrong_passwords')
		expect((await carol.act(request, 'password', { password: SEED_PASSWORD })).status, 'closed, even for the right one').toBe(409)
		expect((await carol.poll(request)).data.status).toBe('cancelled')

		const notifications = await sharer.send('GET', '/ocs/v2.php/apps/notifications/api/v2/notifications')
		const subjects = (notifications.data as unknown as { subject: string }[]).map((n) => n.subject)
		expect(subjects).toContain('Carol typed the password of Bank statement.pdf wrong 5 times; the request was closed')
	}, 90_000)
})

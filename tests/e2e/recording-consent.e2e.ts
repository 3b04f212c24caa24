/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Page, Request } from 'playwright-core'

import { describe, expect, test } from 'vitest'
import { expectAccessible } from './support/axe.ts'
import { expectNoConsoleErrors, useBrowser } from './support/browser.ts'
import { useOwnDemoServer } from './support/demoServer.ts'
import { CALL_TIMEOUT, JOIN_CALL, OCS, openPreview, openRing, passwordProtectedLinkShare, ROOM_DELETED, setVerification, SIDEBAR } from './support/recipientJourney.ts'

/*
 * The consent journey: Talk's recording consent rule (app config `recording_consent` with a
 * recording server configured; Talk applies it only with external signaling, so each demo runs
 * the High Performance Backend stand-in) in each mode. 0: no checkbox. 1: the checkbox on the
 * preview, "Call" waits for it, the call joins with consent. 2: only where the moderator switched
 * consent on for the conversation (between the room's creation and the call join) the sidebar
 * asks, otherwise not. Wherever consent applies, a join without it is refused by the stand-in
 * with 400 {error: consent}.
 *
 *   npx vitest run -c vitest.e2e.config.ts tests/e2e/recording-consent.e2e.ts
 */

const CONSENT_BOX = `${SIDEBAR} [data-recording-consent] input[type="checkbox"]`
/** Our own join without consent, refused on purpose */
const REFUSED_JOIN = /status of 400 .*\/ocs\/v2\.php\/apps\/spreed\/api\/v4\/call\//

describe.each([0, 1, 2] as const)('recording consent mode %i', (mode) => {
	const demo = useOwnDemoServer({ signaling: 'external', name: `consent-${mode}`, recordingConsent: mode })
	const browser = useBrowser({ baseUrl: () => demo().baseUrl })

	test.runIf(mode === 0)('mode 0: no checkbox, the call joins without consent', async () => {
		const { recipient, joins } = await toPreview()
		expect(await recipient.locator(CONSENT_BOX).count()).toBe(0)

		await recipient.getByRole('button', { name: 'Call', exact: true }).click()
		await ringing(recipient)

		expect(joins.map(joinBody)).toEqual([{ flags: 7, silent: true }])
		await hangUp(recipient)
	}, 60_000)

	test.runIf(mode === 1)('mode 1: "Call" waits for the ticked checkbox; the call joins with consent; without it Talk refuses', async () => {
		const { sharer, recipient, joins } = await toPreview()
		const box = recipient.locator(CONSENT_BOX)
		await box.waitFor()
		expect(await box.isChecked()).toBe(false)
		const call = recipient.getByRole('button', { name: 'Call', exact: true })
		expect(await call.isDisabled()).toBe(true)
		await recipient.getByText('This call might be recorded.').waitFor()
		// At 1280×720 the consent sits below the camera preview: the caller scrolls to it
		await box.scrollIntoViewIfNeeded()
		await expectAccessible(recipient, SIDEBAR, 'the preview asking for consent to recording')

		// Keyboard: Tab reaches the checkbox, Space ticks it
		await box.focus()
		await recipient.keyboard.press('Space')
		expect(await box.isChecked()).toBe(true)
		expect(await call.isDisabled()).toBe(false)
		await call.click()
		await ringing(recipient)

		expect(joins.map(joinBody)).toEqual([{ flags: 7, silent: true, recordingConsent: true }])
		await expectRefusedWithoutConsent(recipient)

		// Alice answers: her Talk's device preview asks her too, and the call connects
		const ring = await openRing(sharer)
		await ring.getByText('Answer call').click()
		const preview = sharer.locator('.talk-call__preview')
		await preview.getByText('The call might be recorded.').waitFor()
		const join = preview.getByRole('button', { name: 'Join call' })
		await expect.poll(() => preview.getByLabel('Give consent to the recording of this call').isVisible()).toBe(true)
		expect(await join.isDisabled()).toBe(true)
		await preview.getByLabel('Give consent to the recording of this call').check()
		await join.click()
		await recipient.locator(`${SIDEBAR} [data-call-phase="connected"]`).waitFor({ timeout: CALL_TIMEOUT })
		await hangUp(recipient, [REFUSED_JOIN])
	}, 90_000)

	test.runIf(mode === 2)('mode 2, consent off for the conversation: no checkbox, the call joins without consent', async () => {
		const { recipient, joins } = await toPreview()
		expect(await recipient.locator(CONSENT_BOX).count()).toBe(0)

		await recipient.getByRole('button', { name: 'Call', exact: true }).click()
		await ringing(recipient)

		expect(joins.map(joinBody)).toEqual([{ flags: 7, silent: true }])
		await hangUp(recipient)
	}, 60_000)

	test.runIf(mode === 2)('mode 2, consent switched on for the conversation: the sidebar asks after "Call" and joins with consent', async () => {
		const { sharer, recipient, joins } = await toPreview()
		expect(await recipient.locator(CONSENT_BOX).count()).toBe(0)
		// Alice, the conversation's moderator, switches consent on once the room exists, before the call
		let switched: number | null = null
		await recipient.route(/\/ocs\/v2\.php\/apps\/spreed\/api\/v4\/room\/[^/]+\/participants\/active$/, async (route) => {
			const token = /\/room\/([^/]+)\//.exec(route.request().url())?.[1]
			if (route.request().method() === 'POST' && switched === null && token !== undefined) {
				const response = await sharer.request.put(`/ocs/v2.php/apps/spreed/api/v4/room/${token}/recording-consent`, { headers: OCS, data: { recordingConsent: 1 } })
				switched = response.status()
			}
			await route.continue()
		})

		await recipient.getByRole('button', { name: 'Call', exact: true }).click()
		const box = recipient.locator(CONSENT_BOX)
		await box.waitFor({ timeout: CALL_TIMEOUT })
		expect(switched).toBe(200)
		expect(joins).toEqual([])
		await expect.poll(() => recipient.evaluate(() => document.activeElement?.matches('[data-recording-consent] input') ?? false)).toBe(true)
		expect(await recipient.locator(`${SIDEBAR} [role="status"]`).textContent()).toContain('This call might be recorded.')
		const call = recipient.getByRole('button', { name: 'Call', exact: true })
		expect(await call.isDisabled()).toBe(true)
		await expectAccessible(recipient, SIDEBAR, 'the consent question after "Call"')

		await recipient.keyboard.press('Space')
		await call.click()
		await ringing(recipient)

		expect(joins.map(joinBody)).toEqual([{ flags: 7, silent: true, recordingConsent: true }])
		await expectRefusedWithoutConsent(recipient)
		await hangUp(recipient, [REFUSED_JOIN])
	}, 60_000)

	/**
	 * Alice turns verification on; the recipient opens the link, names themselves and reaches
	 * the camera preview. Their call joins are collected.
	 */
	async function toPreview(): Promise<{ sharer: Page, recipient: Page, joins: Request[] }> {
		const base = demo().baseUrl
		expect((await fetch(`${base}/demo/reset`, { method: 'POST' })).ok).toBe(true)
		const share = await passwordProtectedLinkShare(base)
		const sharer = await browser.page('sharer')
		await setVerification(sharer, share, true)

		const recipient = await browser.page('recipient')
		const joins: Request[] = []
		recipient.on('request', (request) => {
			if (request.method() === 'POST' && JOIN_CALL.test(new URL(request.url()).pathname)) {
				joins.push(request)
			}
		})
		await openPreview(recipient, share)
		return { sharer, recipient, joins }
	}
})

/**
 * @param request - a call join
 */
function joinBody(request: Request): unknown {
	return request.postDataJSON()
}

/**
 * @param recipient - the recipient's page
 */
async function ringing(recipient: Page): Promise<void> {
	await recipient.locator(`${SIDEBAR} [data-call-phase="ringing"]`).waitFor({ timeout: CALL_TIMEOUT })
}

/**
 * The stand-in refuses a call join without consent where consent applies, as Talk does
 *
 * @param recipient - the recipient's page, in the room
 */
async function expectRefusedWithoutConsent(recipient: Page): Promise<void> {
	const answer = await recipient.evaluate(async ({ headers }) => {
		const token = performance.getEntriesByType('resource').map((entry) => /\/api\/v4\/call\/([a-z0-9]+)$/.exec(entry.name)?.[1]).find((found) => found !== undefined)
		const response = await fetch(`/ocs/v2.php/apps/spreed/api/v4/call/${token}`, {
			method: 'POST',
			headers: { ...headers, 'Content-Type': 'application/json', requesttoken: document.head.dataset.requesttoken ?? '' },
			body: JSON.stringify({ flags: 7 }),
		})
		return { status: response.status, data: (await response.json()).ocs.data }
	}, { headers: OCS })
	expect(answer).toEqual({ status: 400, data: { error: 'consent' } })
}

/**
 * @param recipient - the recipient's page, ringing
 * @param allow - console errors this test caused on purpose
 */
async function hangUp(recipient: Page, allow: RegExp[] = []): Promise<void> {
	await recipient.getByRole('button', { name: 'Hang up', exact: true }).click()
	await recipient.locator(`${SIDEBAR} [data-ending="hangup"]`).waitFor()
	expectNoConsoleErrors(recipient, { allow: [ROOM_DELETED, ...allow] })
}

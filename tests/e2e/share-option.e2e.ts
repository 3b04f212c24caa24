/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Locator, Page } from 'playwright-core'

import { beforeEach, describe, expect, inject, test } from 'vitest'
import { expectNoConsoleErrors, useBrowser } from './support/browser.ts'

interface DemoShare {
	id: number
	share_type: number
	share_with: string | null
	file_source: number
	has_password: boolean
	send_password_by_talk: boolean
}

const LINK = 3
const EMAIL = 4

describe('the sharer turns on Password via Talk in the share dialog', () => {
	const browser = useBrowser()

	beforeEach(async () => {
		const response = await fetch(`${inject('demoBaseUrl')}/demo/reset`, { method: 'POST' })
		expect(response.ok).toBe(true)
	})

	test('alice switches it on for a link share without a password, reopens the dialog, and switches it off', async () => {
		const share = await demoShare((s) => s.share_type === LINK && !s.has_password)
		const page = await openShareDetails(await browser.page('sharer'), share)

		const option = passwordViaTalk(page)
		await expect.poll(() => option.isChecked()).toBe(false)
		await setChoice(page, option, 'Password via Talk', true)
		await expect.poll(() => approveMode(page).isChecked()).toBe(true)
		await saveShare(page)

		await expect.poll(async () => (await stateOf(share.id)).send_password_by_talk).toBe(true)
		expect((await stateOf(share.id)).has_password).toBe(true)

		await openShareDetails(page, share)
		await expect.poll(() => passwordViaTalk(page).isChecked()).toBe(true)
		// One control for one thing: Nextcloud's own "Video verification" switch (the same
		// sendPasswordByTalk flag) is not shown beside ours, and the empty password field is explained
		expect(await page.getByRole('checkbox', { name: 'Video verification' }).count()).toBe(0)
		expect(await page.getByRole('switch', { name: 'Video verification' }).count()).toBe(0)
		expect(await page.locator('[data-cy-files-sharing-details]').getByText('Video verification', { exact: true }).filter({ visible: true }).count()).toBe(0)
		await page.getByText('The link is protected by a random password that nobody knows').waitFor()

		await setChoice(page, passwordViaTalk(page), 'Password via Talk', false)
		await saveShare(page)
		await expect.poll(async () => (await stateOf(share.id)).send_password_by_talk).toBe(false)
		// The random password stays (nobody knows it); the sharer is told to set their own.
		expect((await stateOf(share.id)).has_password).toBe(true)
		await page.getByText('The link still has a random password nobody knows').first().waitFor()

		await openShareDetails(page, share)
		await expect.poll(() => passwordViaTalk(page).isChecked()).toBe(false)
		expectNoConsoleErrors(page)
	})

	test('alice chooses "Tell the password in the call" for an e-mail share and gives the password she will tell', async () => {
		const share = await demoShare((s) => s.share_type === EMAIL)
		const page = await openShareDetails(await browser.page('sharer'), share)

		await setChoice(page, passwordViaTalk(page), 'Password via Talk', true)
		await setChoice(page, page.getByRole('radio', { name: 'Tell the password in the call' }), 'Tell the password in the call', true)
		await page.getByLabel('Password you will tell in the call').fill('Told-in-the-call-42')
		await saveShare(page)

		await expect.poll(async () => (await stateOf(share.id)).send_password_by_talk).toBe(true)
		expect((await stateOf(share.id)).has_password).toBe(true)

		await openShareDetails(page, share)
		await expect.poll(() => passwordViaTalk(page).isChecked()).toBe(true)
		await expect.poll(() => page.getByRole('radio', { name: 'Tell the password in the call' }).isChecked()).toBe(true)
		expectNoConsoleErrors(page)
	})

	test('the option is not offered for a share with a user', async () => {
		const share = await demoShare((s) => s.share_type === 0)
		const page = await browser.page('sharer')
		await page.goto(filesUrl(share))
		await page.locator('[data-cy-files-sharing-details]').first().waitFor()
		await openAdvancedSettings(page)
		expect(await page.locator('oca_video_verification-sharing_action').count()).toBe(0)
		expectNoConsoleErrors(page)
	})
})

async function demoShares(): Promise<DemoShare[]> {
	const response = await fetch(`${inject('demoBaseUrl')}/demo/state/shares`)
	return ((await response.json()) as { shares: DemoShare[] }).shares
}

async function demoShare(match: (share: DemoShare) => boolean): Promise<DemoShare> {
	const share = (await demoShares()).find(match)
	if (share === undefined) {
		throw new Error('The demo seed has no such share')
	}
	return share
}

async function stateOf(id: number): Promise<DemoShare> {
	return demoShare((share) => share.id === id)
}

function filesUrl(share: DemoShare): string {
	const target = `/index.php/apps/files/?fileid=${share.file_source}&share=${share.id}`
	return `/index.php/login?user=alice&redirect_url=${encodeURIComponent(target)}`
}

/** Opens the Files page with the share's details, as a sharer reaches them from the Sharing tab. */
async function openShareDetails(page: Page, share: DemoShare): Promise<Page> {
	await page.goto(filesUrl(share))
	await page.locator('[data-cy-files-sharing-details]').first().waitFor()
	await openAdvancedSettings(page)
	await passwordViaTalk(page).waitFor()
	return page
}

async function openAdvancedSettings(page: Page): Promise<void> {
	const toggle = page.getByRole('button', { name: 'Advanced settings' })
	if (await toggle.getAttribute('aria-expanded') === 'false') {
		await toggle.click()
	}
}

function passwordViaTalk(page: Page): Locator {
	return page.getByRole('switch', { name: 'Password via Talk' })
}

function approveMode(page: Page): Locator {
	return page.getByRole('radio', { name: 'Approve in the call' })
}

/**
 * Nextcloud's switches and radios draw their label over the input: a person clicks the
 * label, so the test does too.
 */
async function setChoice(page: Page, input: Locator, label: string, checked: boolean): Promise<void> {
	await expect.poll(() => input.isEnabled()).toBe(true)
	if (await input.isChecked() !== checked) {
		await page.getByText(label, { exact: true }).click()
	}
	await expect.poll(() => input.isChecked()).toBe(checked)
}

async function saveShare(page: Page): Promise<void> {
	await page.locator('[data-cy-files-sharing-share-editor-action="save"]').click()
	await page.locator('[data-cy-files-sharing-details]').first().waitFor({ state: 'detached' })
}

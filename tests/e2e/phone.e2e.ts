/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Page } from 'playwright-core'
import type { DemoShare } from './support/recipientJourney.ts'

import { beforeEach, describe, expect, test } from 'vitest'
import { expectAccessible } from './support/axe.ts'
import { expectNoConsoleErrors, useBrowser } from './support/browser.ts'
import { bytesReceived, keepPeerConnections } from './support/peerConnections.ts'
import {
	expectFitsTheWidth,
	expectInThumbReach,
	holdsWakeLock,
	keepWakeLocks,
	phoneContext,
	PHONES,
	smallestFontSize,
	videoBytes,
} from './support/phone.ts'
import {
	answer,
	CALL_TIMEOUT,
	callAndWaitForRing,
	expectPlaying,
	OCS,
	openPreview,
	passwordProtectedLinkShare,
	resetDemo,
	ROOM_DELETED,
	setVerification,
	SIDEBAR,
} from './support/recipientJourney.ts'

/** Talk deletes the room once one side leaves; the other side's requests then answer 404 */
const TALK_GONE = /status of 404 .*\/ocs\/v2\.php\/apps\/spreed\//
const SELF_TILE = `${SIDEBAR} [data-self-video]`
const ADMIN_SETTINGS = '/ocs/v2.php/apps/video_verification/api/v1/admin/settings'

/**
 * The recipient on a phone (issue 21). Chromium's fake capture device stands in for the
 * phone's cameras: `device-count=3` gives fake_device_0..2, whose names the page may read once
 * the camera is allowed, so "Switch camera" takes the next camera of the device list.
 * fake_device_1 is a depth camera (grey frames) whose frames WebRTC does not send (bytesSent
 * stays flat, measured with Chromium 156), so the phone starts on fake_device_2 and switches
 * to fake_device_0, two cameras a call can send. The fake devices do not say which way they
 * face (no facingMode:
 * asking for `facingMode: {exact: 'environment'}` is refused), so the facingMode path a phone
 * takes before it lists names is pinned by the Vitest spec of cameraFacing.ts. `device-count=0`
 * is a device without a camera (the fake microphone stays).
 */
describe('the recipient on a phone (390×844): switch camera, ID checks, approval', () => {
	const browser = useBrowser({
		cameras: 3,
		contextOptions: (persona) => persona === 'recipient' ? phoneContext(PHONES['390×844']) : {},
	})

	beforeEach(resetDemo)

	test('request, call, switch camera with media both ways, the ID checks on the phone ticked by the sharer, approval, the file opens', async () => {
		const share = await passwordProtectedLinkShare()
		const sharer = await browser.page('sharer')
		await sharer.addInitScript(keepPeerConnections)
		await setVerification(sharer, share, true)
		const recipient = await browser.page('recipient')
		await recipient.addInitScript(keepPeerConnections)
		await recipient.addInitScript(keepWakeLocks)

		// The password page and the sidebar fit the phone, with text readable without zoom
		await recipient.goto(`/index.php/s/${share.token}`)
		await recipient.getByRole('button', { name: 'Request password' }).waitFor()
		await expectFitsTheWidth(recipient, 'body', 'the password page')
		expect(await smallestFontSize(recipient, 'body')).toBeGreaterThanOrEqual(12)
		await openPreview(recipient, share)
		const cameraSelect = recipient.getByLabel('Camera', { exact: true })
		await cameraSelect.selectOption({ label: 'fake_device_2' })
		await expect.poll(() => cameraInCall(recipient).then((camera) => camera.label), { timeout: CALL_TIMEOUT }).toBe('fake_device_2')
		await expectPlaying(recipient, `${SIDEBAR} video`, 'the camera preview of fake_device_2')
		await expectFitsTheWidth(recipient, SIDEBAR, 'the sidebar\'s preview')
		expect(await smallestFontSize(recipient, SIDEBAR)).toBeGreaterThanOrEqual(12)
		await expectAccessible(recipient, SIDEBAR, 'the sidebar\'s preview on a 390×844 phone')

		await callAndWaitForRing(recipient)
		await answer(sharer)
		await recipient.locator(`${SIDEBAR} [data-call-phase="connected"]`).waitFor({ timeout: CALL_TIMEOUT })
		await expectPlaying(recipient, `${SIDEBAR} [data-remote-video] video`, 'alice\'s video on the phone')
		for (const page of [sharer, recipient]) {
			await expect.poll(() => bytesReceived(page), { timeout: 10_000 }).toEqual({ audio: true, video: true })
		}
		await expectFitsTheWidth(recipient, SIDEBAR, 'the call')
		for (const control of ['Mute', 'Camera off', 'Switch camera', 'Hang up']) {
			await expectInThumbReach(recipient, control)
		}
		expect(await holdsWakeLock(recipient), 'the screen stays on during the call').toBe(true)
		await expectAccessible(recipient, SIDEBAR, 'the call on a 390×844 phone')

		// "Switch camera": the other camera's track replaces the old one on the connection
		const before = await cameraInCall(recipient)
		expect(await recipient.locator(SELF_TILE).getAttribute('data-mirrored')).toBe('true')
		await recipient.getByRole('button', { name: 'Switch camera', exact: true }).click()
		await expect.poll(() => cameraInCall(recipient).then((camera) => camera.deviceId), { timeout: CALL_TIMEOUT }).not.toBe(before.deviceId)
		const after = await cameraInCall(recipient)
		expect(after.label).toBe('fake_device_0')
		expect(after.senderTrackId, 'the sender sends the new camera').toBe(after.trackId)
		expect(after.readyState).toBe('live')
		expect(await recipient.locator(SELF_TILE).getAttribute('data-mirrored'), 'the back camera is not mirrored').toBe('false')
		expect(await recipient.locator(`${SIDEBAR} [data-call-phase]`).getAttribute('data-call-phase')).toBe('connected')
		await expectMediaFlowsBothWays(sharer, recipient)
		await expectPlaying(sharer, '.talk-call__remote-video', 'the phone\'s new camera on alice\'s call view')

		// Another app in front, then back (the phone's browser stopped the camera meanwhile)
		await recipient.evaluate(() => {
			Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' })
			document.dispatchEvent(new Event('visibilitychange'))
			const stream = (document.querySelector('[data-self-video] video') as HTMLVideoElement).srcObject as MediaStream
			stream.getVideoTracks().forEach((track) => track.stop())
			Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' })
			document.dispatchEvent(new Event('visibilitychange'))
		})
		await recipient.locator(`${SIDEBAR} [data-page-return]`).getByText('Your camera stopped while you were away; it is on again.').waitFor({ timeout: CALL_TIMEOUT })
		await expect.poll(() => cameraInCall(recipient).then((camera) => camera.readyState), { timeout: CALL_TIMEOUT }).toBe('live')
		await expectMediaFlowsBothWays(sharer, recipient)

		// Turned to landscape: the call goes on and still fits
		await recipient.setViewportSize({ width: 844, height: 390 })
		await expectFitsTheWidth(recipient, SIDEBAR, 'the call in landscape')
		await expectInThumbReach(recipient, 'Hang up')
		expect(await recipient.locator(`${SIDEBAR} [data-call-phase]`).getAttribute('data-call-phase')).toBe('connected')
		await expectAccessible(recipient, SIDEBAR, 'the call on a phone in landscape')
		await recipient.setViewportSize(PHONES['390×844'])

		// Alice asks for the ID document from the approve dialog in her Sharing tab
		const files = await sharer.context().newPage()
		await files.goto(`/index.php/apps/files/?fileid=${share.file_source}`)
		const section = files.locator('oca_video_verification-sharing_section')
		const open = section.locator('.video-verification-record--open', { hasText: 'Bob Berg' })
		await open.waitFor({ timeout: CALL_TIMEOUT })
		await open.getByRole('button', { name: 'Approve' }).click()
		const dialog = files.getByRole('dialog')
		await dialog.getByRole('button', { name: 'Ask for ID document' }).click()
		const checks = dialog.locator('[data-id-check-key]')
		await expect.poll(() => checks.count()).toBe(3)
		const texts = await dialog.locator('.video-verification-id-steps__text').allTextContents()
		const keys = await checks.evaluateAll((items) => items.map((item) => item.getAttribute('data-id-check-key')))
		expect(new Set(keys).size).toBe(3)
		await expectAccessible(files, '[role="dialog"]', 'the approval dialog with the ID checks')

		// The phone shows the first check with a frame, and offers the back camera only on the front one
		const prompt = recipient.locator(`${SIDEBAR} [data-id-check-prompt]`)
		await expect.poll(() => prompt.textContent(), { timeout: CALL_TIMEOUT }).toContain(texts[0])
		expect(await recipient.getByRole('heading', { name: 'Show your ID to the camera' }).count()).toBe(1)
		expect(await prompt.textContent()).toContain('Check 1 of 3')
		await recipient.locator(`${SIDEBAR} [data-id-frame]`).waitFor()
		expect(await recipient.getByRole('button', { name: 'Use the back camera' }).count(), 'the back camera is on already').toBe(0)
		await expectFitsTheWidth(recipient, SIDEBAR, 'the ID check')
		await expectAccessible(recipient, SIDEBAR, 'the ID check on a 390×844 phone')

		// Check 2 on the phone's screen; alice ticks what she saw
		await dialog.locator('[data-id-check-key]').nth(1).getByRole('button', { name: 'Show check 2 on their screen' }).click()
		await expect.poll(() => prompt.textContent(), { timeout: CALL_TIMEOUT }).toContain(texts[1])
		expect(await prompt.textContent()).toContain('Check 2 of 3')
		await dialog.locator('[data-id-check-key]').nth(0).getByText('Seen').click()
		await dialog.locator('[data-id-check-key]').nth(1).getByText('Seen').click()
		await dialog.getByRole('button', { name: 'Confirm approval' }).click()
		await dialog.waitFor({ state: 'detached' })

		await recipient.locator('#files-public-content .public-share__name').waitFor({ timeout: CALL_TIMEOUT })
		expect(await recipient.locator('#files-public-content .public-share__name').textContent()).toBe('Bank statement.pdf')
		await expectFitsTheWidth(recipient, '#files-public-content', 'the opened file')

		const record = (await fileRecords(sharer, share))[0]!
		expect(record).toMatchObject({ status: 'used', callMedia: 'video', checklist: { idChecksConfirmed: [keys[0], keys[1]] } })
		expect((record.idCheck as { prompts: { key: string }[] }).prompts.map((p) => p.key)).toEqual(keys)
		const past = section.locator('.video-verification-record', { hasText: 'Approved by' })
		await past.waitFor({ timeout: CALL_TIMEOUT })
		expect(await past.textContent()).toContain(`ID check seen: ${texts[0]}`)
		expect(await past.textContent()).toContain(`ID check not confirmed: ${texts[2]}`)
		expectNoConsoleErrors(recipient, { allow: [TALK_GONE] })
		expectNoConsoleErrors(sharer, { allow: [TALK_GONE, ROOM_DELETED] })
		expectNoConsoleErrors(files)
	}, 180_000)

	/**
	 * The camera the recipient's call sends: the track in the self view, and the video sender's track
	 *
	 * @param recipient - the phone's page
	 */
	async function cameraInCall(recipient: Page): Promise<{ deviceId: string | undefined, label: string | undefined, trackId: string | undefined, senderTrackId: string | undefined, readyState: string | undefined }> {
		return recipient.evaluate(() => {
			// In the call our own picture; in the preview the only one
			const video = document.querySelector<HTMLVideoElement>('[data-self-video] video') ?? document.querySelector<HTMLVideoElement>('#video-verification-sidebar video')
			const stream = video?.srcObject as MediaStream | null
			const track = stream?.getVideoTracks()[0]
			const connections = (window as unknown as { vvConnections: RTCPeerConnection[] }).vvConnections.filter((c) => c.connectionState !== 'closed')
			const sender = connections.flatMap((c) => c.getSenders()).find((s) => s.track?.kind === 'video')
			return { deviceId: track?.getSettings().deviceId, label: track?.label, trackId: track?.id, senderTrackId: sender?.track?.id, readyState: track?.readyState }
		})
	}
})

describe('a phone without a camera (360×640)', () => {
	// The phone's browser has no camera; alice calls from a desktop browser that has one
	const phone = useBrowser({ cameras: 0, contextOptions: () => phoneContext(PHONES['360×640']) })
	const desktop = useBrowser()
	const browser = { page: (persona: 'sharer' | 'recipient' | 'outsider') => persona === 'recipient' ? phone.page('recipient') : desktop.page(persona) }

	beforeEach(resetDemo)

	test('with "Allow calls without video" on: an audio-only call, the sharer is warned, approval, the record says audio only', async () => {
		await setCallsWithoutVideo(await browser.page('outsider'), true)
		const share = await passwordProtectedLinkShare()
		const sharer = await browser.page('sharer')
		await sharer.addInitScript(keepPeerConnections)
		await setVerification(sharer, share, true)
		const recipient = await browser.page('recipient')
		await recipient.addInitScript(keepPeerConnections)

		await openNoCameraPreview(recipient, share)
		await recipient.locator(`${SIDEBAR} [data-audio-only-offer]`).waitFor()
		await expectFitsTheWidth(recipient, SIDEBAR, 'the preview without a camera')
		await expectAccessible(recipient, SIDEBAR, 'the preview without a camera, calls without video allowed (360×640)')
		await recipient.getByRole('button', { name: 'Call without video' }).click()
		await recipient.locator(`${SIDEBAR} [data-audio-only]`).waitFor()
		await expectAccessible(recipient, SIDEBAR, 'the preview of an audio-only call (360×640)')

		await callAndWaitForRing(recipient)
		await answer(sharer)
		await recipient.locator(`${SIDEBAR} [data-call-phase="connected"]`).waitFor({ timeout: CALL_TIMEOUT })
		await expect.poll(() => bytesReceived(sharer), { timeout: 10_000 }).toMatchObject({ audio: true })
		await expect.poll(() => bytesReceived(recipient), { timeout: 10_000 }).toEqual({ audio: true, video: true })
		expect(await recipient.getByRole('button', { name: 'Switch camera', exact: true }).count()).toBe(0)
		await expectInThumbReach(recipient, 'Hang up')
		await expectAccessible(recipient, SIDEBAR, 'an audio-only call on a 360×640 phone')

		// Alice is told before she approves: in the notification and in the Sharing tab
		await sharer.getByRole('button', { name: /Notifications/ }).click()
		const notification = sharer.locator('.notification[data-app="video_verification"]', { hasText: 'Bob Berg asks to open Bank statement.pdf' })
		await notification.waitFor({ timeout: CALL_TIMEOUT })
		expect(await notification.textContent()).toContain('No video: you cannot see this person.')
		expect(await notification.getByRole('button', { name: 'Ask for ID document' }).count()).toBe(0)
		const files = await sharer.context().newPage()
		await files.goto(`/index.php/apps/files/?fileid=${share.file_source}`)
		const open = files.locator('oca_video_verification-sharing_section .video-verification-record--open', { hasText: 'Bob Berg' })
		await open.waitFor({ timeout: CALL_TIMEOUT })
		expect(await open.locator('[data-no-video]').textContent()).toContain('No video: you cannot see this person')
		await open.getByRole('button', { name: 'Approve' }).click()
		const dialog = files.getByRole('dialog')
		await dialog.locator('[data-no-video]').waitFor()
		expect(await dialog.getByRole('button', { name: 'Ask for ID document' }).count()).toBe(0)
		await expectAccessible(files, '[role="dialog"]', 'the approval dialog of an audio-only call')
		await dialog.getByRole('button', { name: 'Confirm approval' }).click()

		await recipient.locator('#files-public-content .public-share__name').waitFor({ timeout: CALL_TIMEOUT })
		expect((await fileRecords(sharer, share))[0]).toMatchObject({ status: 'used', callMedia: 'audio' })
		expectNoConsoleErrors(recipient, { allow: [TALK_GONE] })
		expectNoConsoleErrors(files)
	}, 180_000)

	test('with the setting off (the default): the sidebar says why the call needs a camera and offers no audio-only call', async () => {
		await setCallsWithoutVideo(await browser.page('outsider'), false)
		const share = await passwordProtectedLinkShare()
		await setVerification(await browser.page('sharer'), share, true)
		const recipient = await browser.page('recipient')

		await openNoCameraPreview(recipient, share)
		const why = recipient.locator(`${SIDEBAR} [data-camera-required]`)
		await why.waitFor()
		expect(await why.textContent()).toContain('Why this call needs a camera')
		expect(await why.textContent()).toContain('opens it only for someone they have seen on camera')
		expect(await recipient.getByRole('button', { name: 'Call without video' }).count()).toBe(0)
		expect(await recipient.getByRole('button', { name: 'Call', exact: true }).isDisabled()).toBe(true)
		await expectFitsTheWidth(recipient, SIDEBAR, 'the preview without a camera')
		await expectAccessible(recipient, SIDEBAR, 'the preview without a camera, calls without video not allowed (360×640)')

		// The server refuses an audio-only request too, and stores nothing
		const refused = await recipient.request.post('/ocs/v2.php/apps/video_verification/api/v1/requests', {
			headers: OCS,
			data: { shareToken: share.token, displayName: 'Bob Berg', media: 'audio' },
		})
		expect(refused.status()).toBe(403)
		expect((await refused.json()).ocs.data.error).toBe('video_required')
		expectNoConsoleErrors(recipient)
	})

	/**
	 * The recipient opens the link on the phone without a camera and reaches the preview
	 *
	 * @param recipient - the phone's page
	 * @param share - the share
	 */
	async function openNoCameraPreview(recipient: Page, share: DemoShare): Promise<void> {
		await recipient.goto(`/index.php/s/${share.token}`)
		await recipient.getByRole('button', { name: 'Request password' }).click()
		await recipient.getByLabel('Your name').fill('Bob Berg')
		await recipient.getByRole('button', { name: 'Continue' }).click()
		await recipient.getByText('No camera found').waitFor({ timeout: CALL_TIMEOUT })
	}
})

/**
 * The administrator switches "Allow calls without video" on or off
 *
 * @param admin - a page for the administrator
 * @param allowed - on or off
 */
async function setCallsWithoutVideo(admin: Page, allowed: boolean): Promise<void> {
	await admin.goto('/index.php/login?user=admin&redirect_url=%2Findex.php%2Fsettings%2Fadmin%2Fvideo_verification')
	const current = (await (await admin.request.get(ADMIN_SETTINGS, { headers: OCS })).json()).ocs.data
	const saved = await admin.request.put(ADMIN_SETTINGS, { headers: OCS, data: { ...current, allowCallsWithoutVideo: allowed } })
	expect(saved.status()).toBe(200)
	expect((await saved.json()).ocs.data.allowCallsWithoutVideo).toBe(allowed)
}

/**
 * Media keeps coming both ways: the video bytes each side sends and receives grow
 *
 * @param sharer - alice's call page
 * @param recipient - the phone's page
 */
async function expectMediaFlowsBothWays(sharer: Page, recipient: Page): Promise<void> {
	const start = { sharer: await videoBytes(sharer), recipient: await videoBytes(recipient) }
	await expect.poll(async () => {
		const [s, r] = [await videoBytes(sharer), await videoBytes(recipient)]
		return {
			'alice receives': s.received > start.sharer.received,
			'alice sends': s.sent > start.sharer.sent,
			'the phone receives': r.received > start.recipient.received,
			'the phone sends': r.sent > start.recipient.sent,
		}
	}, { timeout: 10_000 }).toEqual({ 'alice receives': true, 'alice sends': true, 'the phone receives': true, 'the phone sends': true })
}

/**
 * The verification records of the share's file, newest first, as alice reads them
 *
 * @param sharer - alice's page
 * @param share - the share
 */
async function fileRecords(sharer: Page, share: DemoShare): Promise<Record<string, unknown>[]> {
	const response = await sharer.request.get(`/ocs/v2.php/apps/video_verification/api/v1/files/${share.file_source}/requests`, { headers: OCS })
	expect(response.status()).toBe(200)
	return (await response.json()).ocs.data
}

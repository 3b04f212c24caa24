/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { randomBytes } from 'node:crypto'
import { chromium } from 'playwright-core'
import { installSfu } from './sfuPage.mjs'

const MCU_TIMEOUT_MS = 10_000
const CONSUMED = new Set(['offer', 'answer', 'candidate', 'endOfCandidates', 'selectStream', 'requestoffer', 'sendoffer'])

/**
 * The MCU of the demo's signaling server: Node has no WebRTC, so the media relay runs in a
 * headless Chromium page (sfuPage.mjs) that this class drives. It consumes the WebRTC
 * messages the signaling server would hand to Janus (HPB.md §5.4) and answers with the
 * server-generated offers, answers and candidates (`from`/`to`/`sid`/`roomType` set).
 */
export class BrowserSfu {
	/**
	 * @param {{ hub: import('./Hub.mjs').Hub, log: (line: string) => void }} options
	 */
	static async start({ hub, log }) {
		const browser = await chromium.launch({
			executablePath: process.env.HPB_CHROMIUM ?? '/usr/bin/chromium',
			headless: true,
			args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--allow-loopback-in-peer-connection', '--disable-background-networking', '--autoplay-policy=no-user-gesture-required'],
		})
		const page = await browser.newPage()
		const sfu = new BrowserSfu(hub, log, browser, page)
		await page.exposeFunction('sfuEmit', (event) => sfu.#onPageEvent(event))
		await page.evaluate(installSfu)
		page.on('pageerror', (error) => log(`SFU page error: ${error.message}`))
		return sfu
	}

	constructor(hub, log, browser, page) {
		this.hub = hub
		this.log = log
		this.browser = browser
		this.page = page
	}

	async stop() {
		await this.browser.close()
	}

	/**
	 * Whether the MCU takes this client message (then it is never relayed).
	 *
	 * @param {import('./Hub.mjs').Session} session the sender
	 * @param {any} recipient the message's recipient
	 * @param {any} data the message data
	 * @param {(code: string, text: string) => void} fail error to the sender
	 */
	consumes(session, recipient, data, fail) {
		if (recipient.type !== 'session' || typeof data !== 'object' || data === null || !CONSUMED.has(data.type)) {
			return false
		}
		const roomType = data.roomType ?? 'video'
		if (!['video', 'screen'].includes(roomType)) {
			fail('invalid_format', 'Unsupported room type.')
			return true
		}
		const target = recipient.sessionid
		const run = (promise) => void promise.catch((error) => {
			this.log(`MCU ${data.type} failed: ${error.message}`)
			this.hub.deliver(session, { type: 'error', error: { code: 'processing_failed', message: 'Processing between client and MCU failed.' } })
		})
		switch (data.type) {
			case 'offer':
				if (typeof data.payload?.sdp !== 'string') {
					fail('no_sdp', 'Payload does not contain a SDP.')
				} else if (!this.#mayPublish(session)) {
					fail('not_allowed', 'Not allowed to publish.')
				} else {
					run(this.#publish(session, data))
				}
				return true
			case 'answer':
				if (typeof data.payload?.sdp !== 'string') {
					fail('no_sdp', 'Payload does not contain a SDP.')
				} else {
					run(this.page.evaluate(([s, p, sid, sdp]) => window.sfu.answer(s, p, sid, sdp), [session.id, target, data.sid, data.payload.sdp]))
				}
				return true
			case 'candidate': {
				const candidate = data.payload?.candidate
				if (typeof candidate?.candidate !== 'string') {
					fail('no_candidate', 'Payload does not contain a candidate.')
					return true
				}
				const role = target === session.id ? 'publisher' : 'subscriber'
				const publisherId = role === 'publisher' ? session.id : target
				run(this.page.evaluate(([r, s, p, sid, c]) => window.sfu.candidate(r, s, p, sid, c), [role, session.id, publisherId, data.sid, candidate]))
				return true
			}
			case 'requestoffer': {
				if (target === session.id) {
					return true
				}
				const publisher = this.hub.sessions.get(target)
				if (publisher === undefined || publisher.roomId !== session.roomId || (publisher.inCall & 1) === 0 || (session.inCall & 1) === 0) {
					fail('not_allowed', 'Not allowed to request offer.')
					return true
				}
				run(this.#subscribe(session, publisher))
				return true
			}
			default:
				return true
		}
	}

	/**
	 * @param {import('./Hub.mjs').Session} session the publisher
	 * @param {any} data its offer
	 */
	async #publish(session, data) {
		const sid = typeof data.sid === 'string' && data.sid !== '' ? data.sid : randomBytes(8).toString('hex')
		const sdp = await this.page.evaluate(([p, s, offer]) => window.sfu.publish(p, s, offer), [session.id, sid, data.payload.sdp])
		this.hub.deliver(session, {
			type: 'message',
			message: {
				sender: { type: 'session', sessionid: session.id, ...(session.userId === '' ? {} : { userid: session.userId }) },
				data: { to: session.id, from: session.id, type: 'answer', roomType: 'video', payload: { type: 'answer', sdp }, sid },
			},
		})
	}

	/**
	 * @param {import('./Hub.mjs').Session} subscriber who asked
	 * @param {import('./Hub.mjs').Session} publisher whose media
	 */
	async #subscribe(subscriber, publisher) {
		const sid = randomBytes(8).toString('hex')
		const sdp = await this.page.evaluate(([s, p, id, timeout]) => window.sfu.subscribe(s, p, id, timeout), [subscriber.id, publisher.id, sid, MCU_TIMEOUT_MS])
		if (sdp === null) {
			this.hub.deliver(subscriber, { type: 'error', error: { code: 'client_not_found', message: 'No MCU publisher found for the session.' } })
			return
		}
		this.hub.deliver(subscriber, {
			type: 'message',
			message: {
				sender: { type: 'session', sessionid: publisher.id },
				data: { to: subscriber.id, from: publisher.id, type: 'offer', roomType: 'video', payload: { type: 'offer', sdp }, sid },
			},
		})
	}

	/**
	 * A candidate the SFU gathered: to the publisher (from itself) or the subscriber (from the publisher).
	 *
	 * @param {any} event from the page
	 */
	#onPageEvent(event) {
		if (event.type !== 'candidate') {
			return
		}
		const receiver = this.hub.sessions.get(event.role === 'publisher' ? event.publisherId : event.subscriberId)
		if (receiver === undefined) {
			return
		}
		this.hub.deliver(receiver, {
			type: 'message',
			message: {
				sender: { type: 'session', sessionid: event.publisherId },
				data: { to: receiver.id, from: event.publisherId, type: 'candidate', roomType: 'video', payload: { candidate: event.candidate }, sid: event.sid },
			},
		})
	}

	/**
	 * @param {import('./Hub.mjs').Session} session a client
	 */
	#mayPublish(session) {
		const permissions = session.permissions
		return permissions === null || ['publish-media', 'publish-audio', 'publish-video'].some((name) => permissions.includes(name))
	}

	/**
	 * @param {import('./Hub.mjs').Session} session left its room or the server
	 */
	sessionLeft(session) {
		void this.page.evaluate((id) => window.sfu.release(id), session.id).catch(() => {})
	}

	/**
	 * @param {import('./Hub.mjs').Session} session its in-call flags changed
	 */
	inCallChanged(session) {
		if ((session.inCall & 1) === 0) {
			this.sessionLeft(session)
		}
	}
}

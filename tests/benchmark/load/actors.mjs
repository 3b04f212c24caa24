/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { BrowserClient, loopbackAddress } from './httpClient.mjs'

/*
 * The people of the load test, each doing over HTTP what its page does:
 * - a recipient registers a request on the share's password page and polls its status every
 *   2 s (useRequestStatus's fast interval, the next poll planned when the last one answered);
 *   a recipient who asked to be called back polls the callback every 5 s (useCallbackPoll);
 * - a sharer with the Sharing tab open reads the file's records every 5 s (useFileRecords)
 *   and its callbacks (CallbackRequests) with them;
 * - an approval: the recipient's page has Talk make the share's room and joins its call
 *   (spreed publicshareauth, room join, call join), alice joins the call (which makes the request
 *   answered), then approves; the recipient's next poll finds it approved and unlocks the share.
 */

const APP = '/ocs/v2.php/apps/video_verification/api/v1'
const TALK = '/ocs/v2.php/apps/spreed/api'
export const STATUS_POLL_MS = 2_000
export const CALLBACK_POLL_MS = 5_000
export const SHARING_TAB_POLL_MS = 5_000

/** Latencies (ms) and failures by what was asked, for one measuring window. */
export class Stats {
	constructor() {
		/** @type {Map<string, number[]>} */
		this.latencies = new Map()
		/** @type {Map<string, number>} */
		this.failures = new Map()
		this.recording = true
	}

	/**
	 * @param {string} what e.g. "status poll"
	 * @param {{status: number, ms: number}} answer
	 */
	note(what, answer) {
		if (!this.recording) {
			return
		}
		if (answer.status >= 200 && answer.status < 300) {
			this.latencies.set(what, [...(this.latencies.get(what) ?? []), answer.ms])
		} else {
			this.failures.set(`${what} HTTP ${answer.status}`, (this.failures.get(`${what} HTTP ${answer.status}`) ?? 0) + 1)
		}
	}

	/**
	 * @param {string} what
	 * @param {Error} error
	 */
	noteError(what, error) {
		if (this.recording) {
			const key = `${what}: ${error.message.slice(0, 80)}`
			this.failures.set(key, (this.failures.get(key) ?? 0) + 1)
		}
	}

	reset() {
		this.latencies = new Map()
		this.failures = new Map()
	}
}

let nextAddress = 0

export class Recipient {
	/**
	 * @param {string} baseUrl
	 * @param {string} shareToken
	 * @param {Stats} stats
	 */
	constructor(baseUrl, shareToken, stats) {
		this.index = nextAddress++
		this.client = new BrowserClient(baseUrl, loopbackAddress(this.index))
		this.shareToken = shareToken
		this.stats = stats
		/** @type {{requestId: string, secret: string} | null} */
		this.request = null
		this.status = 'none'
		this.stopped = false
		/** @type {ReturnType<typeof setTimeout> | undefined} */
		this.timer = undefined
		/** @type {((ms: number) => void) | null} */
		this.onUsed = null
	}

	/** The password page's "Request password": POST /requests, then polling starts. */
	async register() {
		const answer = await this.client.ocs('POST', `${APP}/requests`, { body: { shareToken: this.shareToken, displayName: `Recipient ${this.index}` } })
		this.stats.note('register', answer)
		if (answer.status !== 201 && answer.status !== 200) {
			throw new Error(`POST /requests answered ${answer.status}`)
		}
		this.request = { requestId: answer.data.requestId, secret: answer.data.secret }
		this.status = 'requested'
		this.timer = setTimeout(() => void this.poll(), Math.random() * STATUS_POLL_MS)
	}

	async poll() {
		if (this.stopped || this.request === null) {
			return
		}
		try {
			const answer = await this.client.ocs('GET', `${APP}/requests/${this.request.requestId}`, { headers: { 'X-Request-Secret': this.request.secret } })
			const unlocking = this.status === 'approved' || (answer.data?.status === 'used' && this.status !== 'used')
			this.stats.note(unlocking ? 'unlocking poll' : 'status poll', answer)
			if (answer.data?.status !== undefined) {
				this.status = answer.data.status
			}
			if (this.status === 'used') {
				this.onUsed?.(answer.ms)
				this.stop()
				return
			}
			if (['declined', 'expired', 'cancelled', 'abandoned'].includes(this.status)) {
				this.stop()
				return
			}
		} catch (error) {
			this.stats.noteError('status poll', /** @type {Error} */ (error))
		}
		if (!this.stopped) {
			this.timer = setTimeout(() => void this.poll(), STATUS_POLL_MS)
		}
	}

	/**
	 * Nobody answered within a minute: "Ask to be called back", then the callback poll.
	 */
	async askCallback() {
		if (this.request === null) {
			return
		}
		clearTimeout(this.timer)
		this.stopped = true
		const asked = await this.client.ocs('POST', `${APP}/requests/${this.request.requestId}/callback`, { body: {}, headers: { 'X-Request-Secret': this.request.secret } })
		this.stats.note('callback ask', asked)
		if (asked.status !== 200 && asked.status !== 201) {
			throw new Error(`POST /callback answered ${asked.status}`)
		}
		this.stopped = false
		const pollCallback = async () => {
			if (this.stopped || this.request === null) {
				return
			}
			try {
				this.stats.note('callback poll', await this.client.ocs('GET', `${APP}/requests/${this.request.requestId}/callback`, { headers: { 'X-Request-Secret': this.request.secret } }))
			} catch (error) {
				this.stats.noteError('callback poll', /** @type {Error} */ (error))
			}
			this.timer = setTimeout(() => void pollCallback(), CALLBACK_POLL_MS)
		}
		this.timer = setTimeout(() => void pollCallback(), Math.random() * CALLBACK_POLL_MS)
	}

	/**
	 * "Call": Talk makes the share's room and the recipient joins its call.
	 *
	 * @return {Promise<string>} the room token
	 */
	async joinTalkCall() {
		const room = await this.client.ocs('POST', `${TALK}/v1/publicshareauth`, { body: { shareToken: this.shareToken } })
		if (room.status !== 201 && room.status !== 200) {
			throw new Error(`publicshareauth answered ${room.status}`)
		}
		const token = room.data.token
		await expectOk(this.client.ocs('POST', `${TALK}/v4/room/${token}/participants/active`, { body: { force: true } }), 'recipient room join')
		await expectOk(this.client.ocs('POST', `${TALK}/v4/call/${token}`, { body: { flags: 7, silent: false } }), 'recipient call join')
		return token
	}

	stop() {
		this.stopped = true
		clearTimeout(this.timer)
	}

	close() {
		this.stop()
		this.client.close()
	}
}

export class Sharer {
	/**
	 * @param {string} baseUrl
	 * @param {number} fileId the file whose Sharing tab is open
	 * @param {Stats} stats
	 */
	constructor(baseUrl, fileId, stats) {
		this.client = new BrowserClient(baseUrl, loopbackAddress(nextAddress++))
		this.fileId = fileId
		this.stats = stats
		this.stopped = false
		/** @type {ReturnType<typeof setTimeout> | undefined} */
		this.timer = undefined
	}

	async login() {
		const answer = await this.client.send('GET', '/index.php/login?user=alice', undefined)
		if (answer.status !== 302 && answer.status !== 303) {
			throw new Error(`The demo login answered ${answer.status}`)
		}
	}

	/** The Sharing tab of the file stays open: records and callbacks every 5 s. */
	openSharingTab() {
		const refresh = async () => {
			if (this.stopped) {
				return
			}
			try {
				this.stats.note('sharing tab records', await this.client.ocs('GET', `${APP}/files/${this.fileId}/requests`))
				this.stats.note('sharing tab callbacks', await this.client.ocs('GET', `${APP}/files/${this.fileId}/callbacks`))
			} catch (error) {
				this.stats.noteError('sharing tab', /** @type {Error} */ (error))
			}
			this.timer = setTimeout(() => void refresh(), SHARING_TAB_POLL_MS)
		}
		this.timer = setTimeout(() => void refresh(), Math.random() * SHARING_TAB_POLL_MS)
	}

	/**
	 * Answer the recipient's call in Talk, then approve; resolves when the recipient's page
	 * polled the unlock.
	 *
	 * @param {Recipient} recipient registered and polling
	 */
	async answerAndApprove(recipient) {
		const token = await recipient.joinTalkCall()
		await expectOk(this.client.ocs('POST', `${TALK}/v4/room/${token}/participants/active`, { body: { force: true } }), 'sharer room join')
		await expectOk(this.client.ocs('POST', `${TALK}/v4/call/${token}`, { body: { flags: 7, silent: false } }), 'sharer call join')
		const used = new Promise((resolve) => {
			recipient.onUsed = resolve
		})
		const approved = await this.client.ocs('POST', `${APP}/requests/${recipient.request?.requestId}/approve`, { body: {} })
		this.stats.note('approve', approved)
		if (approved.status !== 200) {
			throw new Error(`approve answered ${approved.status}: ${JSON.stringify(approved.data)}`)
		}
		recipient.status = 'approved'
		const timeout = new Promise((resolve, reject) => setTimeout(() => reject(new Error('the approved recipient did not unlock within 30 s')), 30_000))
		await Promise.race([used, timeout])
	}

	close() {
		this.stopped = true
		clearTimeout(this.timer)
		this.client.close()
	}
}

/**
 * @param {Promise<{status: number}>} answer
 * @param {string} what
 */
async function expectOk(answer, what) {
	const { status } = await answer
	if (status < 200 || status >= 300) {
		throw new Error(`${what} answered ${status}`)
	}
}

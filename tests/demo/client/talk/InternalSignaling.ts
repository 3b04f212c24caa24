/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { UserInRoom } from './talkRest.ts'

import { pullSignaling, sendSignaling, TalkRequestError } from './talkRest.ts'

/** A call message as Talk's clients exchange them (docs/signaling-messages.md). */
export interface CallMessage {
	to?: string
	from?: string
	sid?: string
	roomType?: string
	type: string
	payload?: unknown
}

export interface SignalingHandlers {
	usersInRoom(users: UserInRoom[]): void
	message(message: CallMessage): void
	/** The session is gone: 404 (conversation deleted, removed) or 409 (session replaced). */
	gone(status: number): void
}

/**
 * Talk web's internal signaling (src/utils/signaling.js `Signaling.Internal`): one long poll
 * after the other, and every 500 ms one POST with everything queued since.
 */
export class InternalSignaling {
	private queue: { ev: 'message', fn: string, sessionId: string }[] = []
	private sending = false
	private sendTimer: number | undefined
	private pullAbort: AbortController | undefined
	private stopped = false
	private pullFailures = 0

	constructor(
		private readonly token: string,
		private readonly sessionId: string,
		private readonly handlers: SignalingHandlers,
	) {}

	start(): void {
		this.sendTimer = window.setInterval(() => void this.sendPending(), 500)
		void this.pull()
	}

	/** @param message queued for the next batch */
	send(message: CallMessage): void {
		this.queue.push({ ev: 'message', fn: JSON.stringify(message), sessionId: this.sessionId })
	}

	async stop(): Promise<void> {
		await this.sendPending()
		this.stopped = true
		window.clearInterval(this.sendTimer)
		this.pullAbort?.abort()
	}

	private async sendPending(): Promise<void> {
		if (this.sending || this.queue.length === 0) {
			return
		}
		this.sending = true
		const batch = this.queue.slice()
		try {
			await sendSignaling(this.token, JSON.stringify(batch))
			this.queue.splice(0, batch.length)
		} catch {
			// resent with the next tick, as Talk does
		} finally {
			this.sending = false
		}
	}

	private async pull(): Promise<void> {
		while (!this.stopped) {
			this.pullAbort = new AbortController()
			try {
				const messages = await pullSignaling(this.token, this.pullAbort.signal)
				this.pullFailures = 0
				for (const item of messages) {
					if (item.type === 'usersInRoom') {
						this.handlers.usersInRoom(item.data)
					} else if (item.type === 'message') {
						this.handlers.message(typeof item.data === 'string' ? JSON.parse(item.data) : item.data)
					}
				}
			} catch (error) {
				if (this.stopped) {
					return
				}
				const status = error instanceof TalkRequestError ? error.status : 0
				if (status === 404 || status === 403 || status === 409) {
					this.stopped = true
					this.handlers.gone(status)
					return
				}
				this.pullFailures++
				if (this.pullFailures >= 30) {
					this.handlers.gone(status)
					return
				}
				await new Promise((resolve) => window.setTimeout(resolve, 10_000))
			}
		}
	}
}

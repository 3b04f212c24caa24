/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Page, Request } from 'playwright-core'

/**
 * A timeline of one call for diagnosing a connection that never completes or comes late: both
 * pages' Talk signaling (internal: every sent batch with the time its POST took, every pull
 * answer with the time the pull was sent, every failed request; external: every WebSocket
 * frame), every RTCPeerConnection's state changes (ICE gathering included), getUserMedia, the
 * page loads, and what the test notes (the click, the first frame), with wall-clock times.
 */
export interface CallTrace {
	/** Registers the page's listeners; call before the page loads anything. */
	watch(page: Page, who: string): Promise<void>
	/** Adds an event the test observed itself. */
	note(who: string, what: string, at?: number): void
	/** The timeline so far, one line per event, times relative to the first event. */
	lines(): string[]
}

interface TraceEvent {
	at: number
	who: string
	what: string
}

/** Long SDPs and candidates are shortened to what tells them apart. */
function summarise(message: Record<string, unknown>): string {
	const payload = message.payload as Record<string, unknown> | undefined
	let detail = ''
	if (typeof payload?.sdp === 'string') {
		const sdp = payload.sdp
		const ufrag = /a=ice-ufrag:(\S+)/.exec(sdp)?.[1]
		detail = ` ufrag=${ufrag} mlines=${(sdp.match(/^m=/gm) ?? []).length}`
	} else if (typeof payload?.candidate === 'object' && payload.candidate !== null) {
		const candidate = String((payload.candidate as { candidate?: unknown }).candidate ?? '')
		detail = ` ${candidate.split(' ').slice(4, 8).join(' ')} ufrag=${/ufrag (\S+)/.exec(candidate)?.[1]}`
	} else if (payload !== undefined) {
		detail = ' ' + JSON.stringify(payload).slice(0, 80)
	}
	return `${String(message.type)} from=${String(message.from ?? '-').slice(0, 6)} to=${String(message.to ?? '-').slice(0, 6)} sid=${String(message.sid ?? '-')}${detail}`
}

/** A WebSocket frame: call messages (offer, answer, candidate, requestoffer, …) summarised, the rest cut short. */
function summariseFrame(payload: string): string {
	try {
		const frame = JSON.parse(payload) as { type?: string, message?: { data?: unknown } }
		const data = frame.type === 'message' ? frame.message?.data : undefined
		if (typeof data === 'object' && data !== null) {
			return `message ${summarise(data as Record<string, unknown>)}`
		}
	} catch {
		// not JSON: shown as it is
	}
	return payload.slice(0, 160)
}

/**
 * Runs in the page: reports each RTCPeerConnection's state changes (and getUserMedia) on the
 * console with a tag and the page's clock (console messages reach the test late when busy).
 */
function tracePeerConnections(): void {
	const Native = window.RTCPeerConnection
	let count = 0
	window.RTCPeerConnection = class extends Native {
		constructor(configuration?: RTCConfiguration) {
			super(configuration)
			const id = ++count
			const log = (what: string) => console.debug(`[vvtrace] ${Date.now()} pc${id} ${what}`)
			log('created')
			this.addEventListener('signalingstatechange', () => log(`signaling=${this.signalingState}`))
			this.addEventListener('iceconnectionstatechange', () => log(`ice=${this.iceConnectionState}`))
			this.addEventListener('connectionstatechange', () => log(`connection=${this.connectionState}`))
			this.addEventListener('icegatheringstatechange', () => log(`gathering=${this.iceGatheringState}`))
			this.addEventListener('track', (event) => log(`track ${event.track.kind}`))
			const close = this.close.bind(this)
			this.close = () => {
				log('close()')
				close()
			}
		}
	}
	const media = navigator.mediaDevices
	if (media !== undefined) {
		const getUserMedia = media.getUserMedia.bind(media)
		media.getUserMedia = async (constraints) => {
			console.debug(`[vvtrace] ${Date.now()} getUserMedia()`)
			const stream = await getUserMedia(constraints)
			console.debug(`[vvtrace] ${Date.now()} getUserMedia resolved`)
			return stream
		}
	}
}

/** How long the request took until its response ended, from Playwright's request timing. */
function took(request: Request): string {
	const timing = request.timing()
	return timing.responseEnd >= 0 ? `${Math.round(timing.responseEnd)} ms` : '?'
}

export function createCallTrace(): CallTrace {
	const events: TraceEvent[] = []
	const add = (who: string, what: string, at = Date.now()) => events.push({ at, who, what })
	return {
		note: add,
		async watch(page, who) {
			await page.addInitScript(tracePeerConnections)
			page.on('domcontentloaded', () => add(who, `page DOMContentLoaded ${new URL(page.url()).pathname}`))
			page.on('load', () => add(who, 'page load'))
			page.on('requestfailed', (request) => {
				if (/\/apps\/spreed\//.test(request.url())) {
					add(who, `FAILED ${request.method()} ${new URL(request.url()).pathname.replace(/.*\/api\//, '')}: ${request.failure()?.errorText ?? '?'}`)
				}
			})
			page.on('requestfinished', (request) => {
				if (request.method() === 'POST' && /\/apps\/spreed\/api\/v3\/signaling\/[a-z0-9]+$/.test(request.url())) {
					add(who, `POST batch answered after ${took(request)}`)
				}
			})
			page.on('console', (message) => {
				const text = message.text()
				const traced = /^\[vvtrace\] (\d+) (.*)$/s.exec(text)
				if (traced !== null) {
					add(who, traced[2] as string, Number(traced[1]))
				}
			})
			page.on('request', (request) => {
				if (request.isNavigationRequest()) {
					add(who, `navigate ${new URL(request.url()).pathname}`)
				} else if (request.method() === 'POST' && /\/apps\/spreed\/api\/v3\/signaling\/[a-z0-9]+$/.test(request.url())) {
					try {
						const body = JSON.parse(request.postData() ?? '{}') as { messages?: string }
						const items = JSON.parse(body.messages ?? '[]') as { fn: string }[]
						add(who, `POST batch of ${items.length}:\n      ${items.map((item) => summarise(JSON.parse(item.fn) as Record<string, unknown>)).join('\n      ')}`)
					} catch (error) {
						add(who, `POST (unreadable: ${String(error)})`)
					}
				} else if (/\/apps\/spreed\/api\/v4\/(call|room)\//.test(request.url())) {
					add(who, `${request.method()} ${new URL(request.url()).pathname.replace(/.*\/api\//, '')}`)
				}
			})
			page.on('response', (response) => {
				const request = response.request()
				if (request.method() === 'GET' && /\/apps\/spreed\/api\/v3\/signaling\/[a-z0-9]+$/.test(request.url())) {
					response.json().then((body: { ocs?: { data?: { type: string, data: unknown }[] } }) => {
						const parts = (body.ocs?.data ?? []).map((item) => item.type === 'message'
							? summarise(JSON.parse(String(item.data)) as Record<string, unknown>)
							: `usersInRoom ${(item.data as { sessionId: string, inCall: number }[]).map((user) => `${user.sessionId.slice(0, 6)}:${user.inCall}`).join(',')}`)
						const timing = request.timing()
						const sentAt = Math.round(timing.startTime)
						const answeredAt = timing.responseEnd >= 0 ? Math.round(timing.startTime + timing.responseEnd) : Date.now()
						add(who, `pulled ${response.status()} (sent at {at:${sentAt}}, took ${took(request)}):\n      ${parts.join('\n      ')}`, answeredAt)
					}, () => add(who, `pulled ${response.status()} (no body)`))
				}
			})
			page.on('websocket', (socket) => {
				socket.on('framesent', (frame) => add(who, `ws> ${summariseFrame(String(frame.payload))}`))
				socket.on('framereceived', (frame) => add(who, `ws< ${summariseFrame(String(frame.payload))}`))
			})
		},
		lines() {
			const start = Math.min(...events.map((event) => event.at))
			// t0 as a wall-clock time, to line the trace up with the demo servers' logs
			return [`     0 = ${new Date(start).toISOString()}`, ...[...events].sort((a, b) => a.at - b.at).map((event) => `${String(event.at - start).padStart(6)} ${event.who.padEnd(9)} ${event.what.replace(/\{at:(\d+)\}/g, (_, at: string) => String(Number(at) - start))}`)]
		},
	}
}

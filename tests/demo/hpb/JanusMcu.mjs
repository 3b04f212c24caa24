/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { JanusGateway } from './JanusGateway.mjs'
import { checkMcuMessage, isMcuMessage, mayNoLongerPublish, mediaKinds, senderOf } from './mcuMessageRules.mjs'

const VIDEOROOM = 'janus.plugin.videoroom'
const MCU_TIMEOUT_MS = 10_000
/** sfu/janus/janus.go streamTypeUserIds: the publisher's id in its room. */
const STREAM_USER_IDS = { video: 1, screen: 2 }
/** sfu/internal/settings.go: maxstreambitrate / maxscreenbitrate defaults, in bits/s. */
const MAX_BITRATE = { video: 1_048_576, screen: 2_097_152 }
/** Janus videoroom error codes (janus.go). */
const ALREADY_JOINED = 425
const NO_SUCH_ROOM = 426
const NO_SUCH_FEED = 428
const CLIENT_NOT_FOUND = ['client_not_found', 'No MCU client found to send message to.']
const PROCESSING_FAILED = ['processing_failed', 'Processing of the message failed, please check server logs.']

/**
 * The demo signaling server's MCU on Janus's video room plugin, driven as
 * nextcloud-spreed-signaling drives it (sfu/janus/janus.go, publisher.go, subscriber.go,
 * client.go; server/clientsession.go and hub.go processMcuMessage for the session side):
 * one Janus session; per publishing stream a handle, a room of its own (`create` with
 * `publishers: 1`, the bitrate, the offered codecs) joined as publisher 1 (video) or 2
 * (screen), and `configure` with the client's offer; per subscription a handle that joins
 * that room as subscriber of the feed, whose offer goes to the client and whose `start`
 * takes the client's answer; candidates both ways by `trickle`. The messages a client sends
 * on one connection are taken one after another (the signaling server reads them so), a
 * `requestoffer` on its own.
 */
export class JanusMcu {
	/** @type {Map<string, McuClient>} by `${sessionId}|${streamType}` */
	#publishers = new Map()
	/** @type {Map<string, McuClient>} by `${subscriberId} ${publisherId}|${streamType}` */
	#subscribers = new Map()
	/** @type {Map<string, Set<() => void>>} waiting for a publisher's creation, by stream id */
	#created = new Map()
	/** @type {Map<string, Set<() => void>>} waiting for a publisher's `webrtcup`, by stream id */
	#connected = new Map()
	/** @type {Map<string, Promise<void>>} each session's messages in order */
	#inOrder = new Map()
	/** For tests: how many publisher answers to lose (each one made, never delivered), of guests only or of all. */
	dropPublisherAnswers = { count: 0, guestsOnly: false }

	/**
	 * janus.go Start: `info` (the video room plugin and data channels are needed), `create`.
	 *
	 * @param {{ hub: import('./RtpForwardingSfu.mjs').SfuHub, log: (line: string) => void, url: string, gateway?: JanusGateway }} options
	 */
	static async start({ hub, log, url }) {
		const gateway = await JanusGateway.connect(url, log)
		const info = await gateway.info()
		if (info.plugins?.[VIDEOROOM] === undefined) {
			await gateway.close()
			throw new Error(`plugin ${VIDEOROOM} is not supported by the Janus at ${url}`)
		}
		if (info.data_channels !== true) {
			await gateway.close()
			throw new Error('data channels are not supported')
		}
		await gateway.createSession()
		log(`MCU: connected to ${info.name} ${info.version_string}, session ${gateway.sessionId}`)
		return new JanusMcu(hub, log, gateway)
	}

	constructor(hub, log, gateway) {
		this.hub = hub
		this.log = log
		this.gateway = gateway
	}

	async stop() {
		await Promise.allSettled([...this.#publishers.values(), ...this.#subscribers.values()].map((client) => this.#close(client)))
		await this.gateway.close()
	}

	/**
	 * Whether the MCU takes this client message (then it is never relayed).
	 *
	 * @param {import('./RtpForwardingSfu.mjs').SfuSession} session the sender
	 * @param {any} recipient the message's recipient
	 * @param {any} data the message data
	 * @param {(code: string, text: string) => void} fail error to the sender
	 */
	consumes(session, recipient, data, fail) {
		if (!isMcuMessage(recipient, data)) {
			return false
		}
		const streamType = checkMcuMessage(this.hub, session, recipient, data, fail)
		if (streamType === null || data.type === 'sendoffer') {
			return true
		}
		const failed = (error) => {
			this.log(`MCU ${data.type} of ${short(session.id)} failed: ${error.message}`)
			fail(...PROCESSING_FAILED)
		}
		if (data.type === 'requestoffer') {
			// hub.go processMessageMsg: "Process asynchronously to avoid blocking regular message processing"
			void this.#requestOffer(session, recipient.sessionid, streamType, data, fail).catch(failed)
			return true
		}
		const previous = this.#inOrder.get(session.id) ?? Promise.resolve()
		const next = previous.then(() => this.#process(session, recipient.sessionid, streamType, data, fail, failed)).catch(failed)
		this.#inOrder.set(session.id, next)
		void next.then(() => this.#inOrder.get(session.id) === next && this.#inOrder.delete(session.id))
		return true
	}

	/**
	 * @param {import('./RtpForwardingSfu.mjs').SfuSession} session the sender
	 * @param {string} target the recipient session id
	 * @param {string} streamType video or screen
	 * @param {any} data an offer, answer, candidate, endOfCandidates or selectStream
	 * @param {(code: string, text: string) => void} fail error to the sender
	 * @param {(error: Error) => void} failed processing_failed
	 */
	async #process(session, target, streamType, data, fail, failed) {
		if (data.type === 'offer') {
			let publisher
			try {
				publisher = await this.#getOrCreatePublisher(session, streamType, data)
			} catch (error) {
				this.log(`MCU: no publisher for ${short(session.id)}: ${error.message}`)
				fail(...CLIENT_NOT_FOUND)
				return
			}
			this.#enqueue(publisher, () => this.#configure(session, publisher, data).catch(failed))
			return
		}
		if (data.type === 'endOfCandidates' || (data.type === 'selectStream' && target === session.id)) {
			return
		}
		const client = target === session.id ? this.#publishers.get(streamId(session.id, streamType)) : this.#subscribers.get(`${session.id} ${streamId(target, streamType)}`)
		if (client === undefined) {
			fail(...CLIENT_NOT_FOUND)
			return
		}
		if (data.sid !== undefined && data.sid !== '' && data.sid !== client.sid && data.type !== 'selectStream') {
			failed(new Error(`${data.type} message sid (${data.sid}) does not match ${client.kind} sid (${client.sid})`))
			return
		}
		switch (data.type) {
			case 'candidate': {
				const candidate = data.payload.candidate
				this.#enqueue(client, () => this.gateway.trickle(client.handleId, candidate.candidate === '' ? { completed: true } : candidate).then(() => {}, failed))
				return
			}
			case 'answer':
				if (client.kind === 'publisher') {
					failed(new Error('unsupported message type: answer'))
					return
				}
				// client.go sendAnswer: `start` with the answer
				this.#enqueue(client, () => this.gateway.message(client.handleId, { request: 'start', room: client.roomId }, data.payload).then((event) => {
					throwOnPluginError(event)
				}).catch(failed))
				return
			case 'selectStream': {
				const selection = streamSelection(data.payload)
				if (Object.keys(selection).length > 0) {
					this.#enqueue(client, () => this.gateway.message(client.handleId, { request: 'configure', ...selection }).then(() => {}, failed))
				}
			}
		}
	}

	/**
	 * clientsession.go GetOrCreatePublisher → janus.go NewPublisher (getOrCreatePublisherHandle,
	 * createPublisherRoom): one publisher per session and stream type, keeping its first sid.
	 *
	 * @param {import('./RtpForwardingSfu.mjs').SfuSession} session the publisher
	 * @param {string} streamType video or screen
	 * @param {any} data its offer
	 * @returns {Promise<McuClient>} the publisher
	 */
	async #getOrCreatePublisher(session, streamType, data) {
		const key = streamId(session.id, streamType)
		const existing = this.#publishers.get(key)
		if (existing !== undefined) {
			existing.kinds = mediaKinds(data.payload.sdp)
			return existing
		}
		/** @type {McuClient} */
		const publisher = { kind: 'publisher', handleId: 0, sid: typeof data.sid === 'string' ? data.sid : '', roomId: 0, ownerId: session.id, publisherId: session.id, streamType, kinds: mediaKinds(data.payload.sdp), queue: Promise.resolve(), closed: false }
		publisher.handleId = await this.gateway.attach(VIDEOROOM, (event) => this.#onEvent(publisher, event))
		try {
			const bitrate = typeof data.bitrate === 'number' && data.bitrate > 0 ? Math.min(data.bitrate, MAX_BITRATE[streamType]) : MAX_BITRATE[streamType]
			const created = await this.gateway.request(publisher.handleId, {
				request: 'create',
				description: key,
				// "We publish every stream in its own Janus room."
				publishers: 1,
				// "Do not use the video-orientation RTP extension as it breaks video orientation changes in Firefox."
				videoorient_ext: false,
				...codecSettings(data),
				bitrate,
			})
			publisher.roomId = created.plugindata?.data?.room ?? 0
			if (publisher.roomId === 0) {
				throw new Error(`no room id received: ${JSON.stringify(created.plugindata?.data)}`)
			}
			const joined = await this.gateway.message(publisher.handleId, { request: 'join', ptype: 'publisher', room: publisher.roomId, id: STREAM_USER_IDS[streamType] })
			throwOnPluginError(joined)
		} catch (error) {
			await this.#close(publisher)
			throw error
		}
		this.#publishers.set(key, publisher)
		this.log(`MCU: publisher ${short(session.id)} ${streamType} on handle ${publisher.handleId}, room ${publisher.roomId}`)
		wake(this.#created, key)
		return publisher
	}

	/**
	 * client.go sendOffer: `configure` with the offer as jsep; Janus's answer to the client
	 * (hub.go sendMcuMessageResponse). A plugin error comes without jsep: nothing is sent, as
	 * upstream sends nothing for a response without one.
	 *
	 * @param {import('./RtpForwardingSfu.mjs').SfuSession} session the publisher
	 * @param {McuClient} publisher its MCU publisher
	 * @param {any} data the offer
	 */
	async #configure(session, publisher, data) {
		const event = await this.gateway.message(publisher.handleId, { request: 'configure', audio: true, video: true, data: true }, data.payload)
		if (event.jsep === undefined) {
			this.log(`MCU: no answer from Janus to the offer of ${short(session.id)}: ${JSON.stringify(event.plugindata?.data)}`)
			return
		}
		const drop = this.dropPublisherAnswers
		if (drop.count > 0 && (!drop.guestsOnly || session.userId === '')) {
			drop.count--
			this.log(`MCU publisher ${short(session.id)}: answer dropped (test)`)
			return
		}
		this.#deliver(session.id, {
			type: 'message',
			message: { sender: senderOf(session), data: { to: session.id, from: session.id, type: 'answer', roomType: publisher.streamType, payload: event.jsep, sid: publisher.sid } },
		})
	}

	/**
	 * hub.go processMcuMessage `requestoffer` → clientsession.go GetOrCreateSubscriber →
	 * janus.go NewSubscriber (waits for the publisher up to the MCU timeout), then
	 * subscriber.go SendMessage: `join` (or `configure` with `update` for the subscription's
	 * own sid), Janus's offer to the client.
	 *
	 * @param {import('./RtpForwardingSfu.mjs').SfuSession} session who asked
	 * @param {string} publisherId whose media
	 * @param {string} streamType video or screen
	 * @param {any} data the requestoffer
	 * @param {(code: string, text: string) => void} fail error to the sender
	 */
	async #requestOffer(session, publisherId, streamType, data, fail) {
		const deadline = Date.now() + MCU_TIMEOUT_MS
		const key = `${session.id} ${streamId(publisherId, streamType)}`
		let subscriber = this.#subscribers.get(key)
		if (subscriber === undefined) {
			const publisher = await this.#publisherOf(publisherId, streamType, deadline)
			if (publisher === undefined) {
				fail(...CLIENT_NOT_FOUND)
				return
			}
			/** @type {McuClient} */
			const created = { kind: 'subscriber', handleId: 0, sid: '', roomId: publisher.roomId, ownerId: session.id, publisherId, streamType, kinds: [], queue: Promise.resolve(), closed: false }
			try {
				created.handleId = await this.gateway.attach(VIDEOROOM, (event) => this.#onEvent(created, event))
			} catch (error) {
				this.log(`MCU: no subscriber handle for ${short(session.id)}: ${error.message}`)
				fail(...CLIENT_NOT_FOUND)
				return
			}
			created.sid = String(created.handleId)
			subscriber = this.#subscribers.get(key)
			if (subscriber === undefined) {
				subscriber = created
				this.#subscribers.set(key, created)
			} else {
				void this.#close(created)
			}
		}
		const client = subscriber
		await this.#enqueue(client, async () => {
			const selection = streamSelection(data.payload)
			const jsep = data.sid === undefined || data.sid === '' || data.sid !== client.sid
				? await this.#join(client, selection, deadline)
				: (await this.gateway.message(client.handleId, { request: 'configure', update: true, ...selection })).jsep
			if (jsep !== undefined) {
				this.#sendOffer(client, jsep)
			}
		})
	}

	/**
	 * subscriber.go joinRoom: join the publisher's room as subscriber of its feed; already
	 * joined → a new handle and again; no such feed (not sending yet) → wait for its
	 * `webrtcup` and again; no such room → closed.
	 *
	 * @param {McuClient} subscriber the subscription
	 * @param {object} selection substream, temporal, audio, video
	 * @param {number} deadline the MCU timeout
	 * @returns {Promise<object>} Janus's offer
	 */
	async #join(subscriber, selection, deadline) {
		const publisherKey = streamId(subscriber.publisherId, subscriber.streamType)
		for (;;) {
			const connected = waitFor(this.#connected, publisherKey, deadline)
			const event = await this.gateway.message(subscriber.handleId, { request: 'join', ptype: 'subscriber', room: subscriber.roomId, streams: [{ feed: STREAM_USER_IDS[subscriber.streamType] }], ...selection })
			const code = event.plugindata?.data?.error_code
			if (code === undefined) {
				connected.cancel()
				return event.jsep
			}
			if (code === ALREADY_JOINED) {
				connected.cancel()
				const publisher = await this.#publisherOf(subscriber.publisherId, subscriber.streamType, deadline)
				const previous = subscriber.handleId
				subscriber.handleId = await this.gateway.attach(VIDEOROOM, (next) => this.#onEvent(subscriber, next))
				subscriber.sid = String(subscriber.handleId)
				subscriber.roomId = publisher?.roomId ?? subscriber.roomId
				await this.gateway.detach(previous).catch(() => {})
				continue
			}
			if (code === NO_SUCH_FEED && await connected.promise) {
				continue
			}
			connected.cancel()
			await this.#close(subscriber)
			throw new Error(code === NO_SUCH_ROOM ? `publisher ${short(subscriber.publisherId)} not created yet` : `error joining room as subscriber: ${JSON.stringify(event.plugindata?.data)}`)
		}
	}

	/**
	 * @param {string} publisherId the publishing session
	 * @param {string} streamType video or screen
	 * @param {number} deadline when to give up
	 * @returns {Promise<McuClient | undefined>} janus.go getPublisher: undefined after the deadline
	 */
	async #publisherOf(publisherId, streamType, deadline) {
		const key = streamId(publisherId, streamType)
		while (!this.#publishers.has(key)) {
			if (!await waitFor(this.#created, key, deadline).promise) {
				return undefined
			}
		}
		return this.#publishers.get(key)
	}

	/**
	 * Janus's events on a handle (client.go run, publisher.go / subscriber.go handle*).
	 *
	 * @param {McuClient} client whose handle
	 * @param {any} event a Janus event
	 */
	#onEvent(client, event) {
		switch (event.janus) {
			case 'trickle':
				// clientsession.go OnIceCandidate; a "completed" is not forwarded (OnIceCompleted).
				if (event.candidate?.completed !== true && event.candidate !== undefined) {
					this.#deliver(client.ownerId, {
						type: 'message',
						message: { sender: { type: 'session', sessionid: client.publisherId }, data: { to: client.ownerId, from: client.publisherId, type: 'candidate', roomType: client.streamType, payload: { candidate: event.candidate }, sid: client.sid } },
					})
				}
				return
			case 'webrtcup':
				this.log(`MCU ${client.kind} ${short(client.ownerId)}${client.kind === 'subscriber' ? ` of ${short(client.publisherId)}` : ''}: connected`)
				if (client.kind === 'publisher') {
					wake(this.#connected, streamId(client.publisherId, client.streamType))
				}
				return
			case 'hangup':
			case 'detached':
				this.log(`MCU ${client.kind} ${short(client.ownerId)} on handle ${client.handleId}: ${event.janus} (${event.reason ?? ''}), closing`)
				void this.#close(client)
				return
			case 'event':
				this.#onPluginEvent(client, event)
		}
	}

	/**
	 * @param {McuClient} client whose handle
	 * @param {any} event a video room event
	 */
	#onPluginEvent(client, event) {
		const data = event.plugindata?.plugin === VIDEOROOM ? event.plugindata.data : undefined
		switch (data?.videoroom) {
			case 'destroyed':
				void this.#close(client)
				return
			case 'updated':
				// subscriber.go: an update without any active audio or video stream closes it.
				if (client.kind === 'subscriber' && Array.isArray(data.streams) && data.streams.length > 0
					&& !data.streams.some((stream) => (stream?.type === 'audio' || stream?.type === 'video') && stream?.active !== false)) {
					void this.#close(client)
				}
				return
			case 'event':
				// subscriber.go: a renegotiation from Janus (clientsession.go OnUpdateOffer)
				if (client.kind === 'subscriber' && data.configured === 'ok' && event.jsep?.type === 'offer') {
					this.#sendOffer(client, event.jsep)
				}
		}
	}

	/**
	 * hub.go sendMcuMessageResponse / clientsession.go sendOffer: Janus's offer to the subscriber, from the publisher.
	 *
	 * @param {McuClient} subscriber the subscription
	 * @param {object} jsep the offer
	 */
	#sendOffer(subscriber, jsep) {
		this.#deliver(subscriber.ownerId, {
			type: 'message',
			message: { sender: { type: 'session', sessionid: subscriber.publisherId }, data: { to: subscriber.ownerId, from: subscriber.publisherId, type: 'offer', roomType: subscriber.streamType, payload: jsep, sid: subscriber.sid } },
		})
	}

	/**
	 * publisher.go Close (the room destroyed, then the handle detached) and subscriber.go Close.
	 *
	 * @param {McuClient} client a publisher or subscriber
	 */
	async #close(client) {
		if (client.closed) {
			return
		}
		client.closed = true
		const map = client.kind === 'publisher' ? this.#publishers : this.#subscribers
		for (const [key, entry] of map) {
			if (entry === client) {
				map.delete(key)
			}
		}
		if (client.kind === 'publisher' && client.roomId !== 0) {
			await this.gateway.request(client.handleId, { request: 'destroy', room: client.roomId })
				.catch((error) => this.log(`MCU: destroying room ${client.roomId} failed: ${error.message}`))
		}
		if (client.handleId !== 0) {
			await this.gateway.detach(client.handleId).catch(() => {})
		}
	}

	/**
	 * client.go deferred: one Janus request of a client after the other.
	 *
	 * @param {McuClient} client a publisher or subscriber
	 * @param {() => Promise<void>} work the next request
	 * @returns {Promise<void>} done
	 */
	#enqueue(client, work) {
		const next = client.queue.then(() => (client.closed ? undefined : work()))
		client.queue = next.catch(() => {})
		return next
	}

	/**
	 * @param {string} sessionId the receiver
	 * @param {object} message a server message
	 */
	#deliver(sessionId, message) {
		const session = this.hub.sessions.get(sessionId)
		if (session !== undefined) {
			this.hub.deliver(session, message)
		}
	}

	/**
	 * clientsession.go releaseMcuObjects: its publishers and its subscriptions.
	 *
	 * @param {import('./RtpForwardingSfu.mjs').SfuSession} session left its room or the server
	 */
	sessionLeft(session) {
		for (const client of [...this.#publishers.values(), ...this.#subscribers.values()]) {
			if (client.ownerId === session.id) {
				void this.#close(client)
			}
		}
	}

	/**
	 * clientsession.go LeaveCall (room.go: a session no longer in the call).
	 *
	 * @param {import('./RtpForwardingSfu.mjs').SfuSession} session its in-call flags changed
	 */
	inCallChanged(session) {
		if ((session.inCall & 1) === 0) {
			this.sessionLeft(session)
		}
	}

	/**
	 * clientsession.go processAsyncMessage "permissions": a video publisher sending media the
	 * session may no longer publish is closed, and a screen publisher without `publish-screen`.
	 *
	 * @param {import('./RtpForwardingSfu.mjs').SfuSession} session its permissions changed
	 */
	permissionsChanged(session) {
		const video = this.#publishers.get(streamId(session.id, 'video'))
		if (video !== undefined && mayNoLongerPublish(session, video.kinds)) {
			void this.#close(video)
			return
		}
		const screen = this.#publishers.get(streamId(session.id, 'screen'))
		if (screen !== undefined && session.permissions !== null && !session.permissions.includes('publish-screen')) {
			void this.#close(screen)
		}
	}
}

/**
 * @param {string} sessionId a publisher
 * @param {string} streamType video or screen
 */
function streamId(sessionId, streamType) {
	return `${sessionId}|${streamType}`
}

/**
 * The codec settings of an offer (feature `offer-codecs`) as janus.go createPublisherRoom passes them.
 *
 * @param {any} data the offer
 */
function codecSettings(data) {
	const settings = {}
	for (const [from, to] of [['audiocodec', 'audiocodec'], ['videocodec', 'videocodec'], ['vp9profile', 'vp9_profile'], ['h264profile', 'h264_profile']]) {
		if (typeof data[from] === 'string' && data[from] !== '') {
			settings[to] = data[from]
		}
	}
	return settings
}

/**
 * stream_selection.go parseStreamSelection: substream, temporal (numbers), audio, video (booleans).
 *
 * @param {any} payload a requestoffer's or selectStream's payload
 */
function streamSelection(payload) {
	const selection = {}
	for (const key of ['substream', 'temporal']) {
		if (typeof payload?.[key] === 'number') {
			selection[key] = Math.trunc(payload[key])
		}
	}
	for (const key of ['audio', 'video']) {
		if (typeof payload?.[key] === 'boolean') {
			selection[key] = payload[key]
		}
	}
	return selection
}

/**
 * @param {any} event a video room event
 */
function throwOnPluginError(event) {
	const data = event.plugindata?.data
	if (data?.error_code !== undefined) {
		throw new Error(`video room error ${data.error_code}: ${data.error}`)
	}
}

/**
 * A wait for the next wake of a key, or the deadline.
 *
 * @param {Map<string, Set<() => void>>} waiters by key
 * @param {string} key what to wait for
 * @param {number} deadline epoch ms
 * @returns {{ promise: Promise<boolean>, cancel: () => void }} true when woken
 */
function waitFor(waiters, key, deadline) {
	let done
	const promise = new Promise((resolve) => {
		const set = waiters.get(key) ?? new Set()
		waiters.set(key, set)
		const wakeUp = () => done(true)
		const timer = setTimeout(() => done(false), Math.max(0, deadline - Date.now()))
		done = (woken) => {
			clearTimeout(timer)
			set.delete(wakeUp)
			if (set.size === 0 && waiters.get(key) === set) {
				waiters.delete(key)
			}
			resolve(woken)
		}
		set.add(wakeUp)
	})
	return { promise, cancel: () => done(false) }
}

/**
 * @param {Map<string, Set<() => void>>} waiters by key
 * @param {string} key what happened
 */
function wake(waiters, key) {
	for (const wakeUp of [...(waiters.get(key) ?? [])]) {
		wakeUp()
	}
}

/**
 * @param {string} id a session id
 */
function short(id) {
	return id.slice(0, 6)
}

/**
 * @typedef {{ kind: 'publisher' | 'subscriber', handleId: number, sid: string, roomId: number, ownerId: string, publisherId: string, streamType: string, kinds: string[], queue: Promise<void>, closed: boolean }} McuClient
 */

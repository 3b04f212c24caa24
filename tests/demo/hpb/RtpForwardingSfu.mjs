/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { randomBytes } from 'node:crypto'
import { MediaStream, RTCPeerConnection, useNACK, useOPUS, usePLI, useVP8 } from 'werift'
import { checkMcuMessage, isMcuMessage, mayNoLongerPublish, senderOf } from './mcuMessageRules.mjs'

const MCU_TIMEOUT_MS = 10_000
/** RTCP payload-specific feedback (RFC 4585) with FMT 4: a Full Intra Request (RFC 5104). */
const RTCP_PSFB = 206
const FIR_FMT = 4

/**
 * What the SFU negotiates on both legs: Opus and VP8 (Janus' video room defaults, and what
 * Talk asks for: `audiocodec: opus`), NACK and PLI, no header extensions. A publisher offering
 * more codecs gets an answer with these only, so every subscriber can take what it sends.
 */
const PEER_CONFIG = {
	iceServers: [],
	bundlePolicy: 'max-bundle',
	iceUseIpv6: false,
	codecs: {
		audio: [useOPUS({ payloadType: 111, parameters: 'minptime=10;useinbandfec=1' })],
		video: [useVP8({ payloadType: 96, rtcpFeedback: [useNACK(), usePLI()] })],
	},
	headerExtensions: { audio: [], video: [] },
}

/**
 * The MCU of the demo's signaling server, an RTP-forwarding SFU as Janus' video room is:
 * one receive-only connection per publishing session, one send-only connection per
 * (subscriber, publisher) pair, RTP packets forwarded unchanged but for SSRC, payload type,
 * sequence offset and header extensions (rewritten per subscriber leg). Nothing is decoded.
 * A subscriber that connects, or asks for a key frame (PLI/FIR), makes the SFU send a PLI to
 * the publisher, so a picture comes at once. Data channel messages of a publisher go to its
 * subscribers on `JanusDataChannel`.
 *
 * It consumes the WebRTC messages the signaling server would hand to Janus (HPB.md §5.4) and
 * answers with server-generated offers, answers and candidates (`from`/`to`/`sid`/`roomType` set).
 */
export class RtpForwardingSfu {
	/** @type {Map<string, Publisher>} by publisher session id */
	#publishers = new Map()
	/** @type {Map<string, Subscriber>} by `${subscriberId} ${publisherId}` */
	#subscribers = new Map()
	/** @type {Map<string, Array<() => void>>} requestoffers waiting for a publisher to appear */
	#waiting = new Map()
	/** For tests: how many publisher answers to lose (each one made, never delivered), of guests only or of all. */
	dropPublisherAnswers = { count: 0, guestsOnly: false }

	/**
	 * @param {{ hub: import('./Hub.mjs').Hub, log: (line: string) => void }} options
	 */
	static async start({ hub, log }) {
		await warmUp()
		return new RtpForwardingSfu(hub, log)
	}

	constructor(hub, log) {
		this.hub = hub
		this.log = log
	}

	async stop() {
		for (const id of [...this.#publishers.keys()]) {
			this.#release(id)
		}
		for (const key of [...this.#subscribers.keys()]) {
			this.#closeSubscriber(key)
		}
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
		if (!isMcuMessage(recipient, data)) {
			return false
		}
		if (checkMcuMessage(this.hub, session, recipient, data, fail) === null) {
			return true
		}
		const target = recipient.sessionid
		const run = (promise) => void promise.catch((error) => {
			this.log(`MCU ${data.type} failed: ${error.message}`)
			this.hub.deliver(session, { type: 'error', error: { code: 'processing_failed', message: 'Processing between client and MCU failed.' } })
		})
		switch (data.type) {
			case 'offer':
				run(this.#publish(session, data))
				return true
			case 'answer':
				run(this.#answer(session.id, target, data.sid, data.payload.sdp))
				return true
			case 'candidate': {
				const candidate = data.payload.candidate
				const leg = target === session.id ? this.#publishers.get(session.id) : this.#subscribers.get(`${session.id} ${target}`)
				if (leg === undefined) {
					// hub.go processMcuMessage: sendMcuClientNotFound
					fail('client_not_found', 'No MCU client found to send message to.')
					return true
				}
				if (data.sid !== undefined && data.sid !== '' && leg.sid !== data.sid) {
					// sfu/janus/publisher.go SendMessage (subscriber.go alike): the callback's error
					// becomes hub.go sendMcuProcessingFailed.
					this.hub.deliver(session, { type: 'error', error: { code: 'processing_failed', message: 'Processing of the message failed, please check server logs.' } })
					return true
				}
				if (candidate.candidate !== '') {
					run(leg.pc.addIceCandidate(candidate).catch(() => {
						// a candidate of an abandoned generation
					}))
				}
				return true
			}
			case 'requestoffer':
				run(this.#subscribe(session, this.hub.sessions.get(target)))
				return true
			default:
				return true
		}
	}

	/**
	 * A publisher's offer. As server/clientsession.go GetOrCreatePublisher: one publisher per
	 * session, made by its first offer and keeping that offer's sid (sfu/janus/janus.go
	 * NewPublisher); every later offer, whatever its sid, renegotiates that publisher, and the
	 * answer carries the publisher's sid (hub.go sendMcuMessageResponse: mcuClient.Sid()).
	 *
	 * @param {import('./Hub.mjs').Session} session the publisher
	 * @param {any} data its offer
	 */
	async #publish(session, data) {
		let publisher = this.#publishers.get(session.id)
		if (publisher === undefined) {
			publisher = this.#newPublisher(session.id, typeof data.sid === 'string' ? data.sid : '')
		}
		const sid = publisher.sid
		await publisher.pc.setRemoteDescription({ type: 'offer', sdp: data.payload.sdp })
		for (const transport of publisher.pc.dtlsTransports) {
			// Answer `a=setup:passive` (DTLS server): the client's first flight then goes out as
			// its ICE connects, while werift as DTLS client would wait 100 ms before its own.
			if (transport.role === 'auto') {
				transport.role = 'server'
			}
		}
		this.#collectTracks(publisher)
		// Its tracks are known: waiting subscriptions can start while the answer is made.
		for (const wake of this.#waiting.get(session.id) ?? []) {
			wake()
		}
		this.#waiting.delete(session.id)
		await publisher.pc.setLocalDescription(await publisher.pc.createAnswer())
		const drop = this.dropPublisherAnswers
		if (drop.count > 0 && (!drop.guestsOnly || session.userId === '')) {
			drop.count--
			this.log(`MCU publisher ${short(session.id)}: answer dropped (test)`)
			return
		}
		this.hub.deliver(session, {
			type: 'message',
			message: {
				sender: senderOf(session),
				data: { to: session.id, from: session.id, type: 'answer', roomType: 'video', payload: { type: 'answer', sdp: publisher.pc.localDescription.sdp }, sid },
			},
		})
	}

	/**
	 * @param {string} publisherId the publishing session
	 * @param {string} sid its sid
	 * @returns {Publisher} registered
	 */
	#newPublisher(publisherId, sid) {
		const pc = new RTCPeerConnection(PEER_CONFIG)
		/** @type {Publisher} */
		const publisher = { pc, sid, publisherId, tracks: [] }
		this.#watchCandidates(pc, publisherId, publisherId, sid)
		pc.connectionStateChange.subscribe((state) => state === 'connected' && this.log(`MCU publisher ${short(publisherId)}: connected`))
		pc.onDataChannel.subscribe((channel) => {
			channel.onMessage.subscribe((message) => {
				for (const subscriber of this.#subscribers.values()) {
					if (subscriber.publisherId === publisherId && subscriber.channel.readyState === 'open') {
						subscriber.channel.send(message)
					}
				}
			})
		})
		this.#publishers.set(publisherId, publisher)
		return publisher
	}

	/**
	 * After a (re)negotiation: the media the publisher sends, forwarded to its subscribers' legs.
	 *
	 * @param {Publisher} publisher the publisher
	 */
	#collectTracks(publisher) {
		for (const transceiver of publisher.pc.getTransceivers()) {
			const track = transceiver.receiver.track
			if (!['recvonly', 'sendrecv'].includes(transceiver.currentDirection ?? transceiver.direction) || publisher.tracks.some((known) => known.track === track)) {
				continue
			}
			/** @type {PublishedTrack} */
			const published = { kind: transceiver.kind, track, receiver: transceiver.receiver, mediaSsrc: undefined, streamId: transceiver.receiver.remoteStreamId }
			track.onReceiveRtp.subscribe((rtp) => {
				if (published.mediaSsrc === undefined) {
					this.log(`MCU publisher ${short(publisher.publisherId)}: first ${published.kind} RTP`)
				}
				published.mediaSsrc = rtp.header.ssrc
				const keyFrame = published.kind === 'video' && isVp8KeyFrameStart(rtp.payload)
				for (const subscriber of this.#subscribers.values()) {
					const sender = subscriber.publisherId === publisher.publisherId ? subscriber.senders.get(published) : undefined
					if (sender === undefined || sender.dtlsTransport?.state !== 'connected') {
						continue
					}
					if (keyFrame && !subscriber.keyFrameSent) {
						subscriber.keyFrameSent = true
						this.log(`MCU subscriber ${short(subscriber.subscriberId)} of ${short(publisher.publisherId)}: first key frame forwarded`)
					}
					const copy = rtp.clone()
					copy.header.extensions = []
					copy.header.extension = false
					void sender.sendRtp(copy).catch(() => {})
				}
			})
			publisher.tracks.push(published)
		}
	}

	/**
	 * @param {import('./Hub.mjs').Session} subscriber who asked
	 * @param {import('./Hub.mjs').Session} publisherSession whose media
	 */
	async #subscribe(subscriber, publisherSession) {
		const publisher = await this.#publisherOf(publisherSession.id)
		if (publisher === undefined) {
			// hub.go processMcuMessage: GetOrCreateSubscriber failed → sendMcuClientNotFound
			this.hub.deliver(subscriber, { type: 'error', error: { code: 'client_not_found', message: 'No MCU client found to send message to.' } })
			return
		}
		const key = `${subscriber.id} ${publisher.publisherId}`
		this.#closeSubscriber(key)
		const sid = randomBytes(8).toString('hex')
		const pc = new RTCPeerConnection(PEER_CONFIG)
		const stream = new MediaStream({ id: publisher.tracks[0]?.streamId ?? randomBytes(8).toString('hex') })
		const senders = new Map()
		for (const published of publisher.tracks) {
			const transceiver = pc.addTransceiver(published.kind, { direction: 'sendonly', streams: [stream] })
			senders.set(published, transceiver.sender)
			if (published.kind === 'video') {
				transceiver.sender.onPictureLossIndication.subscribe(() => this.#requestKeyFrame(publisher))
				transceiver.sender.onRtcp.subscribe((packet) => {
					if (packet.type === RTCP_PSFB && packet.feedback?.count === FIR_FMT) {
						this.#requestKeyFrame(publisher)
					}
				})
			}
		}
		const channel = pc.createDataChannel('JanusDataChannel')
		/** @type {Subscriber} */
		const entry = { pc, sid, subscriberId: subscriber.id, publisherId: publisher.publisherId, senders, channel, keyFrameSent: false }
		this.#subscribers.set(key, entry)
		pc.connectionStateChange.subscribe((state) => {
			if (state === 'connected') {
				// The subscriber joined mid-stream: without a fresh key frame it shows nothing
				// until the publisher's next periodic one.
				this.log(`MCU subscriber ${short(subscriber.id)} of ${short(publisher.publisherId)}: connected, PLI to the publisher`)
				this.#requestKeyFrame(publisher)
			}
		})
		this.#watchCandidates(pc, subscriber.id, publisher.publisherId, sid)
		await pc.setLocalDescription(await pc.createOffer())
		this.hub.deliver(subscriber, {
			type: 'message',
			message: {
				sender: { type: 'session', sessionid: publisher.publisherId },
				data: { to: subscriber.id, from: publisher.publisherId, type: 'offer', roomType: 'video', payload: { type: 'offer', sdp: pc.localDescription.sdp }, sid },
			},
		})
	}

	/**
	 * The publisher of a session once it has negotiated, waiting up to the MCU timeout (as Janus does).
	 *
	 * @param {string} publisherId the publishing session
	 * @returns {Promise<Publisher | undefined>} undefined after the timeout
	 */
	async #publisherOf(publisherId) {
		const ready = () => {
			const publisher = this.#publishers.get(publisherId)
			return publisher !== undefined && publisher.tracks.length > 0 ? publisher : undefined
		}
		if (ready() !== undefined) {
			return ready()
		}
		await new Promise((resolve) => {
			const timer = setTimeout(resolve, MCU_TIMEOUT_MS)
			const waiting = this.#waiting.get(publisherId) ?? []
			waiting.push(() => {
				clearTimeout(timer)
				resolve()
			})
			this.#waiting.set(publisherId, waiting)
		})
		return ready()
	}

	/**
	 * @param {string} subscriberId the answering session
	 * @param {string} publisherId whose media it subscribed to
	 * @param {string | undefined} sid the subscription's sid
	 * @param {string} sdp the answer
	 */
	async #answer(subscriberId, publisherId, sid, sdp) {
		const subscriber = this.#subscribers.get(`${subscriberId} ${publisherId}`)
		if (subscriber === undefined || (sid !== undefined && subscriber.sid !== sid)) {
			return
		}
		await subscriber.pc.setRemoteDescription({ type: 'answer', sdp })
	}

	/**
	 * @param {Publisher} publisher whose video
	 */
	#requestKeyFrame(publisher) {
		for (const published of publisher.tracks) {
			const ssrc = published.mediaSsrc ?? published.track.ssrc
			if (published.kind === 'video' && ssrc !== undefined) {
				void published.receiver.sendRtcpPLI(ssrc).catch(() => {})
			}
		}
	}

	/**
	 * A candidate the SFU gathered: to the publisher (from itself) or the subscriber (from the publisher).
	 *
	 * @param {RTCPeerConnection} pc a leg
	 * @param {string} receiverId who gets the candidates
	 * @param {string} publisherId the publisher of the leg
	 * @param {string} sid the leg's sid
	 */
	#watchCandidates(pc, receiverId, publisherId, sid) {
		pc.onIceCandidate.subscribe((candidate) => {
			const receiver = this.hub.sessions.get(receiverId)
			if (candidate === undefined || receiver === undefined) {
				return
			}
			const { candidate: line, sdpMid, sdpMLineIndex } = candidate.toJSON()
			this.hub.deliver(receiver, {
				type: 'message',
				message: {
					sender: { type: 'session', sessionid: publisherId },
					data: { to: receiverId, from: publisherId, type: 'candidate', roomType: 'video', payload: { candidate: { candidate: line, sdpMid, sdpMLineIndex } }, sid },
				},
			})
		})
	}

	/**
	 * @param {string} publisherId its session
	 */
	#closePublisher(publisherId) {
		const publisher = this.#publishers.get(publisherId)
		this.#publishers.delete(publisherId)
		void publisher?.pc.close().catch(() => {})
	}

	/**
	 * @param {string} key `${subscriberId} ${publisherId}`
	 */
	#closeSubscriber(key) {
		const subscriber = this.#subscribers.get(key)
		this.#subscribers.delete(key)
		void subscriber?.pc.close().catch(() => {})
	}

	/**
	 * Everything of a session: its publisher and its subscriptions both ways.
	 *
	 * @param {string} sessionId the session
	 */
	#release(sessionId) {
		this.#closePublisher(sessionId)
		for (const [key, subscriber] of [...this.#subscribers]) {
			if (key.startsWith(`${sessionId} `) || subscriber.publisherId === sessionId) {
				this.#closeSubscriber(key)
			}
		}
	}

	/**
	 * @param {import('./Hub.mjs').Session} session left its room or the server
	 */
	sessionLeft(session) {
		this.#release(session.id)
	}

	/**
	 * clientsession.go processAsyncMessage "permissions": a publisher sending media the session
	 * may no longer publish is closed.
	 *
	 * @param {import('./Hub.mjs').Session} session its permissions changed
	 */
	permissionsChanged(session) {
		const publisher = this.#publishers.get(session.id)
		if (publisher === undefined) {
			return
		}
		if (mayNoLongerPublish(session, publisher.tracks.map((track) => track.kind))) {
			this.#closePublisher(session.id)
		}
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

/**
 * One loopback connection between two werift peers before the first client comes: creates
 * the DTLS certificate (shared by all connections) and warms up the handshake code.
 */
async function warmUp() {
	const offerer = new RTCPeerConnection(PEER_CONFIG)
	const answerer = new RTCPeerConnection(PEER_CONFIG)
	try {
		offerer.createDataChannel('warm-up')
		await offerer.setLocalDescription(await offerer.createOffer())
		await answerer.setRemoteDescription(offerer.localDescription)
		await answerer.setLocalDescription(await answerer.createAnswer())
		const connected = new Promise((resolve) => answerer.connectionStateChange.subscribe((state) => state === 'connected' && resolve()))
		await offerer.setRemoteDescription(answerer.localDescription)
		await Promise.race([connected, new Promise((resolve) => setTimeout(resolve, 5000))])
	} finally {
		await Promise.allSettled([offerer.close(), answerer.close()])
	}
}

/**
 * @param {string} id a session id
 */
function short(id) {
	return id.slice(0, 6)
}

/**
 * Whether an RTP payload is the first packet of a VP8 key frame (RFC 7741 §4.2, §4.3: payload
 * descriptor with S=1 and partition 0, then a frame header whose P bit is 0).
 *
 * @param {Buffer} payload the RTP payload
 */
export function isVp8KeyFrameStart(payload) {
	if (payload.length < 1 || (payload[0] & 0x10) === 0 || (payload[0] & 0x0f) !== 0) {
		return false
	}
	let offset = 1
	if ((payload[0] & 0x80) !== 0) {
		const extension = payload[offset++] ?? 0
		if ((extension & 0x80) !== 0) {
			offset += ((payload[offset] ?? 0) & 0x80) !== 0 ? 2 : 1
		}
		if ((extension & 0x40) !== 0) {
			offset++
		}
		if ((extension & 0x30) !== 0) {
			offset++
		}
	}
	return offset < payload.length && (payload[offset] & 0x01) === 0
}

/**
 * @typedef {{ kind: 'audio' | 'video', track: import('werift').MediaStreamTrack, receiver: import('werift').RTCRtpReceiver, mediaSsrc: number | undefined, streamId: string | undefined }} PublishedTrack
 * @typedef {{ pc: RTCPeerConnection, sid: string, publisherId: string, tracks: PublishedTrack[] }} Publisher
 * @typedef {{ pc: RTCPeerConnection, sid: string, subscriberId: string, publisherId: string, senders: Map<PublishedTrack, import('werift').RTCRtpSender>, channel: import('werift').RTCDataChannel, keyFrameSent: boolean }} Subscriber
 */

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { CallMessage } from './InternalSignaling.ts'

export interface PeerEvents {
	send(message: CallMessage): void
	stream(stream: MediaStream): void
	connected(): void
	failed(): void
	channelMessage(type: string, payload: unknown): void
	nick(name: string): void
}

/**
 * One connection to a remote session, as simplewebrtc's Peer in Talk web builds it: its
 * `sid`, the data channels `simplewebrtc` (offerer) and `status` (both sides), `nick` in the
 * offer and answer, candidates in the legacy `{candidate: {candidate, sdpMid, sdpMLineIndex}}`
 * shape, sent only after the description they belong to. With an MCU the same class is the
 * publisher (remote = our own session) or a receive-only subscriber.
 */
export class Peer {
	readonly pc: RTCPeerConnection
	private statusChannel: RTCDataChannel
	private descriptionSent = false
	private pendingCandidates: CallMessage[] = []
	private nickSeen = false
	private restarts = 0
	ended = false

	constructor(
		readonly remoteId: string,
		readonly sid: string,
		private readonly isOfferer: boolean,
		iceServers: RTCIceServer[],
		localStream: MediaStream,
		private readonly nick: string,
		private readonly events: PeerEvents,
		receiveOnly = false,
	) {
		this.pc = new RTCPeerConnection({ iceServers })
		// An MCU subscriber only receives (the MCU's offer brings the m-lines).
		for (const track of receiveOnly ? [] : localStream.getTracks()) {
			this.pc.addTrack(track, localStream)
		}
		if (isOfferer) {
			this.watchChannel(this.pc.createDataChannel('simplewebrtc'))
		}
		this.statusChannel = this.pc.createDataChannel('status')
		this.watchChannel(this.statusChannel)
		this.pc.ondatachannel = (event) => this.watchChannel(event.channel)
		this.pc.ontrack = (event) => {
			const stream = event.streams[0] ?? new MediaStream([event.track])
			this.events.stream(stream)
		}
		this.pc.onicecandidate = (event) => {
			if (!event.candidate) {
				return
			}
			const { candidate, sdpMid, sdpMLineIndex } = event.candidate
			this.queue({ to: this.remoteId, sid: this.sid, roomType: 'video', type: 'candidate', payload: { candidate: { candidate, sdpMid, sdpMLineIndex } } })
		}
		this.pc.oniceconnectionstatechange = () => this.iceStateChanged()
	}

	async offer(iceRestart = false): Promise<void> {
		const offer = await this.pc.createOffer({ offerToReceiveAudio: true, offerToReceiveVideo: true, iceRestart })
		await this.pc.setLocalDescription(offer)
		this.sendDescription('offer')
	}

	/** @param message an offer for this peer's sid (a new peer, or a renegotiation) */
	async handleOffer(message: CallMessage): Promise<void> {
		const payload = message.payload as { sdp: string, nick?: string }
		this.takeNick(payload.nick)
		await this.pc.setRemoteDescription({ type: 'offer', sdp: payload.sdp })
		await this.pc.setLocalDescription(await this.pc.createAnswer())
		this.sendDescription('answer')
	}

	/** @param message the remote's answer */
	async handleAnswer(message: CallMessage): Promise<void> {
		const payload = message.payload as { sdp: string, nick?: string }
		this.takeNick(payload.nick)
		await this.pc.setRemoteDescription({ type: 'answer', sdp: payload.sdp })
	}

	/** @param message a remote candidate in either the legacy or the Android shape */
	async handleCandidate(message: CallMessage): Promise<void> {
		const payload = message.payload as { candidate: RTCIceCandidateInit }
		await this.pc.addIceCandidate(payload.candidate).catch(() => {
			// a candidate of an abandoned generation
		})
	}

	/**
	 * @param type data-channel message type (audioOn, videoOn, …)
	 * @param payload its payload, if any
	 */
	sendDirectly(type: string, payload?: unknown): void {
		const data = JSON.stringify(payload === undefined ? { type } : { type, payload })
		if (this.statusChannel.readyState === 'open') {
			this.statusChannel.send(data)
		} else {
			this.statusChannel.addEventListener('open', () => this.statusChannel.send(data), { once: true })
		}
	}

	end(): void {
		this.ended = true
		this.pc.close()
	}

	private sendDescription(type: 'offer' | 'answer'): void {
		const description = this.pc.localDescription!
		this.events.send({ to: this.remoteId, sid: this.sid, roomType: 'video', type, payload: { type, sdp: description.sdp, nick: this.nick } })
		this.descriptionSent = true
		this.pendingCandidates.forEach((candidate) => this.events.send(candidate))
		this.pendingCandidates = []
	}

	private queue(message: CallMessage): void {
		if (this.descriptionSent) {
			this.events.send(message)
		} else {
			this.pendingCandidates.push(message)
		}
	}

	private takeNick(nick: string | undefined): void {
		if (nick && !this.nickSeen) {
			this.nickSeen = true
			this.events.nick(nick)
		}
	}

	private watchChannel(channel: RTCDataChannel): void {
		channel.addEventListener('message', (event) => {
			try {
				const data = JSON.parse(String(event.data)) as { type: string, payload?: unknown }
				this.events.channelMessage(data.type, data.payload)
			} catch {
				// not one of Talk's JSON messages
			}
		})
	}

	/** Talk web: only the offerer restarts ICE, at most 5 times in a row. */
	private iceStateChanged(): void {
		const state = this.pc.iceConnectionState
		if (state === 'connected' || state === 'completed') {
			this.restarts = 0
			this.events.connected()
		} else if (state === 'failed') {
			if (this.isOfferer && this.restarts < 5 && this.pc.signalingState === 'stable') {
				this.restarts++
				void this.offer(true)
			} else {
				this.events.failed()
			}
		}
	}
}

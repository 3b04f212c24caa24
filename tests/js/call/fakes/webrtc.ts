/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * Minimal stand-ins for MediaStream, MediaStreamTrack, RTCDataChannel and RTCPeerConnection
 * (happy-dom has none): they record what the client does and let a test drive their events.
 */

let nextId = 1

/**
 * @param type event type
 * @param properties extra event properties
 */
function event<Properties extends object>(type: string, properties: Properties): Event & Properties {
	return Object.assign(new Event(type), properties)
}

export class FakeMediaStreamTrack extends EventTarget {
	readonly id = `track-${nextId++}`
	enabled = true
	readyState: 'live' | 'ended' = 'live'
	stopped = false

	constructor(readonly kind: 'audio' | 'video') {
		super()
	}

	stop(): void {
		// Like the real thing: stop() ends the track without an 'ended' event.
		this.stopped = true
		this.readyState = 'ended'
	}

	/** The device went away (unplugged, permission revoked). */
	end(): void {
		this.readyState = 'ended'
		this.dispatchEvent(new Event('ended'))
	}
}

export class FakeMediaStream {
	readonly id = `stream-${nextId++}`
	readonly #tracks: FakeMediaStreamTrack[]

	constructor(tracks: FakeMediaStreamTrack[] = []) {
		this.#tracks = [...tracks]
	}

	getTracks(): FakeMediaStreamTrack[] {
		return [...this.#tracks]
	}

	getAudioTracks(): FakeMediaStreamTrack[] {
		return this.#tracks.filter((track) => track.kind === 'audio')
	}

	getVideoTracks(): FakeMediaStreamTrack[] {
		return this.#tracks.filter((track) => track.kind === 'video')
	}

	addTrack(track: FakeMediaStreamTrack): void {
		if (!this.#tracks.includes(track)) {
			this.#tracks.push(track)
		}
	}

	removeTrack(track: FakeMediaStreamTrack): void {
		const index = this.#tracks.indexOf(track)
		if (index >= 0) {
			this.#tracks.splice(index, 1)
		}
	}
}

/**
 * A local camera-and-microphone stream.
 */
export function localStream(): FakeMediaStream {
	return new FakeMediaStream([new FakeMediaStreamTrack('audio'), new FakeMediaStreamTrack('video')])
}

export class FakeDataChannel extends EventTarget {
	readyState: RTCDataChannelState = 'connecting'
	readonly sent: string[] = []

	constructor(readonly label: string) {
		super()
	}

	send(data: string): void {
		if (this.readyState !== 'open') {
			throw new Error(`InvalidStateError: channel ${this.label} is ${this.readyState}`)
		}
		this.sent.push(data)
	}

	open(): void {
		this.readyState = 'open'
		this.dispatchEvent(new Event('open'))
	}

	receive(data: unknown): void {
		this.dispatchEvent(event('message', { data: typeof data === 'string' ? data : JSON.stringify(data) }))
	}
}

export interface FakeTransceiver {
	direction: RTCRtpTransceiverDirection
	sender: { track: FakeMediaStreamTrack | null, replaceTrack(track: FakeMediaStreamTrack): Promise<void> }
	receiver: { track: { kind: string } }
}

/** Everything a test may want to know the client did with the connection, in order. */
export type PeerConnectionCall
	= | { op: 'addTrack', kind: string, streamId: string }
		| { op: 'addTransceiver', kind: string, direction: string }
		| { op: 'createDataChannel', label: string }
		| { op: 'createOffer', iceRestart: boolean }
		| { op: 'createAnswer' }
		| { op: 'setLocalDescription', type: string, sdp: string }
		| { op: 'setRemoteDescription', type: string, sdp: string }
		| { op: 'addIceCandidate', candidate: string }
		| { op: 'close' }

export class FakePeerConnection extends EventTarget {
	static instances: FakePeerConnection[] = []

	readonly calls: PeerConnectionCall[] = []
	readonly channels: FakeDataChannel[] = []
	readonly transceivers: FakeTransceiver[] = []
	localDescription: RTCSessionDescriptionInit | null = null
	remoteDescription: RTCSessionDescriptionInit | null = null
	signalingState: RTCSignalingState = 'stable'
	iceConnectionState: RTCIceConnectionState = 'new'
	connectionState: RTCPeerConnectionState = 'new'
	readonly #number: number
	#descriptions = 0

	constructor(readonly configuration: RTCConfiguration) {
		super()
		FakePeerConnection.instances.push(this)
		this.#number = FakePeerConnection.instances.length
	}

	static reset(): void {
		FakePeerConnection.instances = []
	}

	static last(): FakePeerConnection {
		const pc = FakePeerConnection.instances.at(-1)
		if (pc === undefined) {
			throw new Error('No peer connection was created')
		}
		return pc
	}

	get closed(): boolean {
		return this.signalingState === 'closed'
	}

	ops(): string[] {
		return this.calls.map((call) => call.op)
	}

	addTrack(track: FakeMediaStreamTrack, stream: FakeMediaStream): unknown {
		this.calls.push({ op: 'addTrack', kind: track.kind, streamId: stream.id })
		const sender = {
			track,
			replaceTrack: async (next: FakeMediaStreamTrack) => {
				sender.track = next
			},
		}
		this.transceivers.push({ direction: 'sendrecv', sender, receiver: { track: { kind: track.kind } } })
		return sender
	}

	addTransceiver(kind: string, init: { direction: RTCRtpTransceiverDirection }): unknown {
		this.calls.push({ op: 'addTransceiver', kind, direction: init.direction })
		const sender = { track: null, replaceTrack: async () => {} }
		const transceiver = { direction: init.direction, sender, receiver: { track: { kind } } }
		this.transceivers.push(transceiver)
		return transceiver
	}

	getTransceivers(): FakeTransceiver[] {
		return this.transceivers
	}

	createDataChannel(label: string): FakeDataChannel {
		this.calls.push({ op: 'createDataChannel', label })
		const channel = new FakeDataChannel(label)
		this.channels.push(channel)
		return channel
	}

	async createOffer(options?: RTCOfferOptions): Promise<RTCSessionDescriptionInit> {
		const iceRestart = options?.iceRestart === true
		this.calls.push({ op: 'createOffer', iceRestart })
		return { type: 'offer', sdp: `offer-${this.#number}-${++this.#descriptions}${iceRestart ? '-restart' : ''}` }
	}

	async createAnswer(): Promise<RTCSessionDescriptionInit> {
		this.calls.push({ op: 'createAnswer' })
		return { type: 'answer', sdp: `answer-${this.#number}-${++this.#descriptions}` }
	}

	async setLocalDescription(description: RTCSessionDescriptionInit): Promise<void> {
		this.calls.push({ op: 'setLocalDescription', type: String(description.type), sdp: String(description.sdp) })
		this.localDescription = description
		this.signalingState = description.type === 'offer' ? 'have-local-offer' : 'stable'
	}

	async setRemoteDescription(description: RTCSessionDescriptionInit): Promise<void> {
		this.calls.push({ op: 'setRemoteDescription', type: String(description.type), sdp: String(description.sdp) })
		this.remoteDescription = description
		this.signalingState = description.type === 'offer' ? 'have-remote-offer' : 'stable'
	}

	async addIceCandidate(candidate: RTCIceCandidateInit): Promise<void> {
		this.calls.push({ op: 'addIceCandidate', candidate: String(candidate.candidate) })
	}

	close(): void {
		this.calls.push({ op: 'close' })
		this.signalingState = 'closed'
	}

	/**
	 * ICE found a local candidate (null: gathering complete).
	 *
	 * @param candidate the candidate line, or null
	 * @param sdpMid media id
	 * @param sdpMLineIndex m-line index
	 */
	gather(candidate: string | null, sdpMid = '0', sdpMLineIndex = 0): void {
		this.dispatchEvent(event('icecandidate', {
			candidate: candidate === null ? null : { candidate, sdpMid, sdpMLineIndex },
		}))
	}

	setIceState(state: RTCIceConnectionState): void {
		this.iceConnectionState = state
		this.dispatchEvent(new Event('iceconnectionstatechange'))
	}

	setConnectionState(state: RTCPeerConnectionState): void {
		this.connectionState = state
		this.dispatchEvent(new Event('connectionstatechange'))
	}

	remoteTrack(track: FakeMediaStreamTrack, streams: FakeMediaStream[]): void {
		this.dispatchEvent(event('track', { track, streams }))
	}

	remoteChannel(label: string): FakeDataChannel {
		const channel = new FakeDataChannel(label)
		this.dispatchEvent(event('datachannel', { channel }))
		return channel
	}

	/** The client's own data channel with that label. */
	channel(label: string): FakeDataChannel {
		const channel = this.channels.find((candidate) => candidate.label === label)
		if (channel === undefined) {
			throw new Error(`No data channel ${label}`)
		}
		return channel
	}
}

/**
 * A peer connection factory for the client that builds fakes.
 *
 * @param configuration what the client passes
 */
export function createFakePeerConnection(configuration: RTCConfiguration): RTCPeerConnection {
	return new FakePeerConnection(configuration) as unknown as RTCPeerConnection
}

/**
 * Let queued promise callbacks run.
 */
export async function flush(): Promise<void> {
	for (let i = 0; i < 100; i++) {
		await Promise.resolve()
	}
}

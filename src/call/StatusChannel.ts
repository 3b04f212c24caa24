/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * Talk's state messages between two sessions of a call (TALK-CALL.md): microphone, camera,
 * speaking and name, over the `status` data channel (either side's) and, for mute and name, over
 * signaling too, where Talk's mobile clients read them.
 */

export interface LocalMediaState {
	audio: boolean
	video: boolean
	speaking: boolean
}

/** What the remote told us about its media; undefined until it said so. */
export interface RemoteMediaState {
	audio: boolean | undefined
	video: boolean | undefined
	speaking: boolean | undefined
}

export const STATUS_CHANNEL = 'status'

export interface StatusChannelOptions {
	/** Our display name; '' sends none. */
	nick: string
	localMedia: LocalMediaState
	/** Send a call message without sid: mute, unmute and nickChanged are about the session, not one connection. */
	signal(type: string, payload: unknown): void
	onRemoteMedia(media: RemoteMediaState): void
	/** A name the remote sent, not yet checked. */
	onNick(name: unknown): void
}

export class StatusChannel {
	readonly #options: StatusChannelOptions
	#pc: RTCPeerConnection | null = null
	#own: RTCDataChannel | null = null
	#remote: RTCDataChannel | null = null
	#localMedia: LocalMediaState
	#remoteMedia: RemoteMediaState = { audio: undefined, video: undefined, speaking: undefined }

	constructor(options: StatusChannelOptions) {
		this.#options = options
		this.#localMedia = { ...options.localMedia }
	}

	get remoteMedia(): RemoteMediaState {
		return { ...this.#remoteMedia }
	}

	/**
	 * A new connection: open our status channel on it. From now on only this connection's
	 * channels count.
	 *
	 * @param pc the new connection
	 */
	attach(pc: RTCPeerConnection): void {
		this.#pc = pc
		this.#own = pc.createDataChannel(STATUS_CHANNEL)
		this.#observe(pc, this.#own)
	}

	/**
	 * A data channel the remote opened on a connection.
	 *
	 * @param pc the connection it came on
	 * @param channel the channel (`status`, `JanusDataChannel`, `simplewebrtc`, …)
	 */
	addRemoteChannel(pc: RTCPeerConnection, channel: RTCDataChannel): void {
		if (pc !== this.#pc) {
			return
		}
		if (channel.label === STATUS_CHANNEL) {
			this.#remote = channel
		}
		this.#observe(pc, channel)
	}

	/** The connection is gone: nothing is sent or read until the next one is attached. */
	detach(): void {
		this.#pc = null
		this.#own = null
		this.#remote = null
	}

	/**
	 * Tell the remote about a change of our microphone, camera or speaking state.
	 *
	 * @param media the new local state
	 */
	setLocalMedia(media: LocalMediaState): void {
		const previous = this.#localMedia
		this.#localMedia = { ...media }
		if (this.#pc === null) {
			return
		}
		if (previous.audio !== media.audio) {
			this.#send(media.audio ? 'audioOn' : 'audioOff')
			this.#signalMute('audio', media.audio)
		}
		const speaking = media.audio && media.speaking
		if ((previous.audio && previous.speaking) !== speaking) {
			this.#send(speaking ? 'speaking' : 'stoppedSpeaking')
		}
		if (previous.video !== media.video) {
			this.#send(media.video ? 'videoOn' : 'videoOff')
			this.#signalMute('video', media.video)
		}
	}

	/**
	 * A state message that came over signaling.
	 *
	 * @param type `mute`, `unmute` or `nickChanged`
	 * @param payload its payload
	 */
	receiveSignaling(type: 'mute' | 'unmute' | 'nickChanged', payload: Record<string, unknown>): void {
		if (type === 'nickChanged') {
			this.#options.onNick(payload.name)
			return
		}
		if (payload.name === 'audio') {
			this.#setRemoteMedia({ audio: type === 'unmute' })
		} else if (payload.name === 'video') {
			this.#setRemoteMedia({ video: type === 'unmute' })
		}
	}

	/** After every transition to connected: our whole state, over the data channel and signaling. */
	announce(): void {
		this.#sendState()
		this.#signalMute('audio', this.#localMedia.audio)
		this.#signalMute('video', this.#localMedia.video)
		if (this.#options.nick !== '') {
			this.#options.signal('nickChanged', { name: this.#options.nick })
		}
	}

	#observe(pc: RTCPeerConnection, channel: RTCDataChannel): void {
		channel.addEventListener('open', () => {
			if (pc === this.#pc && channel.label === STATUS_CHANNEL) {
				this.#sendState()
			}
		})
		channel.addEventListener('message', (event) => {
			if (pc !== this.#pc || typeof event.data !== 'string') {
				return
			}
			try {
				const message = JSON.parse(event.data) as { type?: unknown, payload?: unknown }
				this.#onMessage(channel.label, message.type, message.payload)
			} catch {
				// Not one of Talk's JSON messages.
			}
		})
	}

	#onMessage(label: string, type: unknown, payload: unknown): void {
		switch (type) {
			case 'audioOn':
			case 'audioOff':
				this.#setRemoteMedia({ audio: type === 'audioOn' })
				break
			case 'videoOn':
			case 'videoOff':
				this.#setRemoteMedia({ video: type === 'videoOn' })
				break
			case 'speaking':
			case 'stoppedSpeaking':
				if (label === STATUS_CHANNEL || label === 'JanusDataChannel') {
					this.#setRemoteMedia({ speaking: type === 'speaking' })
				}
				break
			case 'nickChanged':
				this.#options.onNick(typeof payload === 'object' && payload !== null ? (payload as { name?: unknown }).name : payload)
				break
		}
	}

	#setRemoteMedia(change: Partial<RemoteMediaState>): void {
		const next = { ...this.#remoteMedia, ...change }
		if (next.audio === this.#remoteMedia.audio && next.video === this.#remoteMedia.video && next.speaking === this.#remoteMedia.speaking) {
			return
		}
		this.#remoteMedia = next
		this.#options.onRemoteMedia({ ...next })
	}

	#sendState(): void {
		const media = this.#localMedia
		this.#send(media.audio ? 'audioOn' : 'audioOff')
		this.#send(media.audio && media.speaking ? 'speaking' : 'stoppedSpeaking')
		this.#send(media.video ? 'videoOn' : 'videoOff')
		if (this.#options.nick !== '') {
			// Guests send the bare name as payload, users {name, userid}.
			this.#send('nickChanged', this.#options.nick)
		}
	}

	#send(type: string, payload?: unknown): void {
		const channel = [this.#own, this.#remote].find((candidate) => candidate?.readyState === 'open')
		channel?.send(JSON.stringify({ type, payload }))
	}

	#signalMute(name: 'audio' | 'video', on: boolean): void {
		this.#options.signal(on ? 'unmute' : 'mute', { name })
	}
}

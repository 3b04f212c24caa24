/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { CallMessage } from './InternalSignaling.ts'
import type { UserInRoom } from './talkRest.ts'

import { getCapabilities } from '@nextcloud/capabilities'
import { ExternalSignaling } from './ExternalSignaling.ts'
import { InternalSignaling } from './InternalSignaling.ts'
import { Peer } from './Peer.ts'
import { joinCall, joinRoom, leaveCall, leaveRoom, signalingSettings } from './talkRest.ts'

const WITH_STREAMS = 2 | 4
const FALLBACK_OFFER_MS = 10_000

export interface CallElements {
	status: HTMLElement
	remoteVideo: HTMLVideoElement
	remoteName: HTMLElement
	remoteMuted: HTMLElement
	selfVideo: HTMLVideoElement
	leave: HTMLButtonElement
	/** Replace the call view by Talk's "The conversation does not exist" */
	onGone: () => void
}

/**
 * What Talk's web client does in a P2P call over internal signaling (src/utils/webrtc/
 * webrtc.js): who offers ("larger ids call smaller ones", with the 10 s re-offer loop),
 * stale-sid handling, the NoMcu initial state once per participant, and nothing while the
 * local user is not in the call; over internal signaling or the High Performance Backend
 * (without MCU). State for tests goes to `document.body.dataset`.
 */
export class CallView {
	private signaling: InternalSignaling | ExternalSignaling | undefined
	private ownSessionId = ''
	private localStream: MediaStream | undefined
	private iceServers: RTCIceServer[] = []
	private inCall = false
	private selfSeenInCall = false
	private known = new Map<string, number>()
	private peers = new Map<string, Peer>()
	private fallbackTimers = new Map<string, number>()
	private stateSent = new Set<string>()
	/** External signaling with an MCU: publish our media, subscribe to the others' (webrtc.js). */
	private mcu = false
	private offerRequests = new Map<string, number>()
	/** Set by open(): Talk needs consent to recording before this call can be joined */
	recordingConsentRequired = false

	constructor(
		private readonly token: string,
		private readonly nick: string,
		private readonly el: CallElements,
	) {
		el.leave.addEventListener('click', () => void this.leave('You left the call.'))
	}

	/**
	 * What Talk web does when the conversation opens: join it (a Talk session) and start its
	 * signaling (internal: the pull loop; external: hello and room join), before any call.
	 *
	 * @return whether the conversation could be joined
	 */
	async open(): Promise<boolean> {
		this.setState('opening', 'Opening the conversation…')
		try {
			const room = await joinRoom(this.token)
			const talkSessionId = room.sessionId
			this.recordingConsentRequired = recordingConsentRequired(room.recordingConsent)
			const settings = await signalingSettings(this.token)
			this.iceServers = [...settings.stunservers, ...settings.turnservers]
			const handlers = {
				usersInRoom: (users: UserInRoom[]) => this.usersInRoom(users),
				message: (message: CallMessage) => void this.message(message),
				gone: (status: number) => (status === 404 || status === 403
					? this.conversationGone()
					: this.ended('The call has ended.')),
			}
			if (settings.signalingMode === 'external') {
				const external = new ExternalSignaling(this.token, talkSessionId, settings, handlers)
				this.signaling = external
				await external.connect()
				this.ownSessionId = external.sessionId
				this.mcu = external.hasFeature('mcu')
			} else {
				const internal = new InternalSignaling(this.token, talkSessionId, handlers)
				this.signaling = internal
				this.ownSessionId = talkSessionId
				internal.start()
			}
			document.body.dataset.signalingMode = this.mcu ? 'external-mcu' : settings.signalingMode
			this.setState('idle', 'You are not in the call yet.')
			return true
		} catch (error) {
			this.setState('failed', 'Could not open the conversation: ' + (error as Error).message)
			return false
		}
	}

	/**
	 * Joins the call of the opened conversation: its own camera and microphone, then Talk's
	 * join-call request. Without devices (the demo's `vvDemoNoDevices` in localStorage, as when
	 * the browser has none or they are blocked) Talk joins with IN_CALL only.
	 *
	 * @param recordingConsent the user gave consent to recording
	 */
	async join(recordingConsent = false): Promise<void> {
		this.setState('joining', 'Joining the call…')
		try {
			const withoutDevices = localStorage.getItem('vvDemoNoDevices') === 'true'
			this.localStream = withoutDevices ? new MediaStream() : await navigator.mediaDevices.getUserMedia({ audio: true, video: true })
			this.el.selfVideo.srcObject = this.localStream
			this.inCall = true
			await joinCall(this.token, withoutDevices ? 1 : 7, recordingConsent)
			this.el.leave.disabled = false
			// The other side's media may have connected while the request was on its way
			if (document.body.dataset.callState === 'joining') {
				this.setState('waiting', 'Waiting for the other participant…')
			}
		} catch (error) {
			this.setState('failed', 'Could not join the call: ' + (error as Error).message)
		}
	}

	async leave(text: string): Promise<void> {
		this.el.leave.disabled = true
		this.inCall = false
		await leaveCall(this.token).catch(() => {})
		await this.signaling?.stop()
		await leaveRoom(this.token).catch(() => {})
		this.ended(text)
	}

	private usersInRoom(users: UserInRoom[]): void {
		if (!this.inCall) {
			return
		}
		const current = new Map(users.filter((user) => user.inCall !== 0).map((user) => [user.sessionId, user.inCall]))
		const selfFlags = users.find((user) => user.sessionId === this.ownSessionId)?.inCall ?? 0
		if (selfFlags === 0) {
			// Not in the call (yet): peers are only evaluated once we are; kicked out once we were.
			if (this.selfSeenInCall) {
				this.ended('You were removed from the call.')
			}
			return
		}
		this.selfSeenInCall = true
		for (const sessionId of this.known.keys()) {
			if (!current.has(sessionId) && sessionId !== this.ownSessionId) {
				// Talk web stays in the call and shows its empty call view until somebody joins
				// (or, in a video-verification room, until Talk deletes the conversation).
				this.removePeer(sessionId)
				this.el.remoteVideo.srcObject = null
				this.el.remoteName.textContent = ''
				delete document.body.dataset.remoteVideo
				this.setState('waiting', 'Waiting for others to join the call …')
			}
		}
		for (const [sessionId, flags] of current) {
			if (sessionId === this.ownSessionId || this.known.has(sessionId)) {
				continue
			}
			if (this.peers.has(sessionId)) {
				// webrtc.js usersChanged: no offer, fallback or request when the remote's offer
				// already made a peer (it can overtake the list that shows its sender in the call).
				continue
			}
			if (this.mcu) {
				// webrtc.js usersChanged: an offer is requested only from a participant with streams.
				if ((flags & WITH_STREAMS) !== 0) {
					this.subscribeTo(sessionId)
				}
			} else {
				this.connectTo(sessionId, flags, selfFlags)
			}
		}
		if (this.mcu && current.size > 1 && !this.peers.has(this.ownSessionId) && (this.localStream?.getTracks().length ?? 0) > 0) {
			// checkStartPublishOwnPeer: publish once somebody else is in the call, if there is media.
			void this.createPeer(this.ownSessionId, Date.now().toString(), true).offer()
		}
		this.known = current
	}

	/**
	 * @param sessionId a session that just joined the call
	 * @param flags its in-call flags
	 * @param selfFlags ours
	 */
	private connectTo(sessionId: string, flags: number, selfFlags: number): void {
		const selfHasStreams = (selfFlags & WITH_STREAMS) !== 0
		const remoteHasStreams = (flags & WITH_STREAMS) !== 0
		this.setState('connecting', 'Connecting…')
		if (selfHasStreams && (!remoteHasStreams || sessionId < this.ownSessionId)) {
			void this.createPeer(sessionId, Date.now().toString(), true).offer()
		} else if (selfHasStreams && remoteHasStreams && sessionId > this.ownSessionId) {
			this.fallbackTimers.set(sessionId, window.setInterval(() => {
				this.removePeer(sessionId, false)
				void this.createPeer(sessionId, Date.now().toString(), true).offer()
			}, FALLBACK_OFFER_MS))
		}
	}

	/**
	 * MCU: ask for the remote's media, again every 10 s until the MCU offers it.
	 *
	 * @param sessionId a session that just joined the call
	 */
	private subscribeTo(sessionId: string): void {
		this.setState('connecting', 'Connecting…')
		const request = () => this.signaling?.send({ to: sessionId, roomType: 'video', type: 'requestoffer' })
		request()
		this.offerRequests.set(sessionId, window.setInterval(request, FALLBACK_OFFER_MS))
	}

	private async message(message: CallMessage): Promise<void> {
		if (!this.inCall || !message.from || (message.roomType !== undefined && message.roomType !== 'video')) {
			return
		}
		const from = message.from
		const peer = this.peers.get(from)
		const samePeer = peer !== undefined && (message.sid === undefined || peer.sid === message.sid) ? peer : undefined
		switch (message.type) {
			case 'offer':
				this.clearFallback(from)
				if (samePeer) {
					await samePeer.handleOffer(message)
				} else {
					this.removePeer(from, false)
					await this.createPeer(from, message.sid ?? Date.now().toString(), false, this.mcu).handleOffer(message)
				}
				break
			case 'answer':
				this.clearFallback(from)
				await samePeer?.handleAnswer(message)
				break
			case 'candidate':
				await samePeer?.handleCandidate(message)
				break
			case 'mute':
			case 'unmute':
				this.mediaState((message.payload as { name?: string } | undefined)?.name, message.type === 'unmute')
				break
			case 'nickChanged':
				this.showName((message.payload as { name?: string } | undefined)?.name)
				break
		}
	}

	/**
	 * @param remoteId the remote session
	 * @param sid the peer's sid (the offer's when answering)
	 * @param isOfferer whether we offer
	 * @param receiveOnly an MCU subscriber
	 */
	private createPeer(remoteId: string, sid: string, isOfferer: boolean, receiveOnly = false): Peer {
		const peer = new Peer(remoteId, sid, isOfferer, this.iceServers, this.localStream!, this.nick, {
			send: (message) => this.signaling?.send(message),
			stream: (stream) => this.showRemote(stream),
			connected: () => this.connected(peer),
			failed: () => this.setState('failed', 'The connection could not be established.'),
			channelMessage: (type, payload) => this.channelMessage(type, payload),
			nick: (name) => this.showName(name),
		}, receiveOnly)
		this.peers.set(remoteId, peer)
		return peer
	}

	/** @param peer the peer whose ICE just connected */
	private connected(peer: Peer): void {
		if (peer.remoteId === this.ownSessionId) {
			// Our MCU publisher: media flows to the MCU, not yet to anybody.
			return
		}
		this.setState('connected', 'Connected')
		if (this.stateSent.has(peer.remoteId)) {
			return
		}
		this.stateSent.add(peer.remoteId)
		// LocalStateBroadcasterNoMcu: data channel plus signaling, once per participant.
		peer.sendDirectly('audioOn')
		this.signaling?.send({ to: peer.remoteId, roomType: 'video', type: 'unmute', payload: { name: 'audio' } })
		peer.sendDirectly('stoppedSpeaking')
		peer.sendDirectly('videoOn')
		this.signaling?.send({ to: peer.remoteId, roomType: 'video', type: 'unmute', payload: { name: 'video' } })
	}

	/**
	 * @param type data channel message type
	 * @param payload its payload
	 */
	private channelMessage(type: string, payload: unknown): void {
		if (type === 'audioOn' || type === 'audioOff') {
			this.mediaState('audio', type === 'audioOn')
		} else if (type === 'videoOn' || type === 'videoOff') {
			this.mediaState('video', type === 'videoOn')
		} else if (type === 'nickChanged') {
			this.showName(typeof payload === 'string' ? payload : (payload as { name?: string } | undefined)?.name)
		}
	}

	/**
	 * @param kind 'audio' or 'video'
	 * @param on unmuted
	 */
	private mediaState(kind: string | undefined, on: boolean): void {
		if (kind === 'audio') {
			document.body.dataset.remoteAudio = on ? 'on' : 'off'
			this.el.remoteMuted.hidden = on
		} else if (kind === 'video') {
			document.body.dataset.remoteVideoState = on ? 'on' : 'off'
		}
	}

	/** @param name the remote's display name */
	private showName(name: string | undefined): void {
		if (name) {
			this.el.remoteName.textContent = name
			document.body.dataset.remoteName = name
		}
	}

	/** @param stream the remote media */
	private showRemote(stream: MediaStream): void {
		const video = this.el.remoteVideo
		if (video.srcObject === stream) {
			return
		}
		video.srcObject = stream
		video.requestVideoFrameCallback(() => {
			document.body.dataset.remoteVideo = 'playing'
		})
	}

	private removePeer(sessionId: string, clearTimer = true): void {
		if (clearTimer) {
			this.clearFallback(sessionId)
		}
		this.peers.get(sessionId)?.end()
		this.peers.delete(sessionId)
	}

	private clearFallback(sessionId: string): void {
		window.clearInterval(this.fallbackTimers.get(sessionId))
		this.fallbackTimers.delete(sessionId)
		window.clearInterval(this.offerRequests.get(sessionId))
		this.offerRequests.delete(sessionId)
	}

	/**
	 * The conversation was deleted (or we were removed) while it was open: Talk web's
	 * useSessionIssueHandler ('deleted-session-detected') leaves everything and shows its
	 * NotFoundView at /apps/spreed/not-found. The page reload Talk uses there only kills
	 * stray WebRTC connections; here they are closed, and the view is shown in place.
	 */
	private conversationGone(): void {
		this.ended('The conversation does not exist')
		window.history.replaceState(null, '', '/index.php/apps/spreed/not-found')
		this.el.onGone()
	}

	private ended(text: string): void {
		if (document.body.dataset.callState === 'ended') {
			return
		}
		this.inCall = false
		for (const sessionId of [...this.peers.keys()]) {
			this.removePeer(sessionId)
		}
		void this.signaling?.stop()
		this.localStream?.getTracks().forEach((track) => track.stop())
		this.el.remoteVideo.srcObject = null
		this.el.leave.disabled = true
		delete document.body.dataset.remoteVideo
		this.setState('ended', text)
	}

	/**
	 * @param state for tests: data-call-state
	 * @param text for people: the status line (announced)
	 */
	private setState(state: string, text: string): void {
		if (document.body.dataset.callState === 'ended') {
			return
		}
		document.body.dataset.callState = state
		this.el.status.textContent = text
	}
}

/**
 * Talk web's `isRecordingConsentRequired`: the capability `config → call → recording-consent` is
 * 1, or 2 while the conversation's `recordingConsent` is 1.
 *
 * @param roomRecordingConsent the conversation's `recordingConsent`
 */
function recordingConsentRequired(roomRecordingConsent: number | undefined): boolean {
	const talk = (getCapabilities() as { spreed?: { config?: { call?: { 'recording-consent'?: unknown } } } }).spreed
	const mode = talk?.config?.call?.['recording-consent']
	return mode === 1 || (mode === 2 && roomRecordingConsent === 1)
}

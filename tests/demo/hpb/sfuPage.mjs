/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * Runs inside the SFU's Chromium page (serialised by playwright): one RTCPeerConnection per
 * publisher (receives a client's media) and one per subscriber (sends a publisher's received
 * tracks to another client), as Janus' video room does. Data channel messages of a publisher
 * are relayed to its subscribers on `JanusDataChannel`. Events go to Node via `window.sfuEmit`.
 */
export function installSfu() {
	const publishers = new Map()
	const subscribers = new Map()
	const emit = (event) => window.sfuEmit(event)
	const config = { iceServers: [] }

	const watchCandidates = (pc, event) => {
		pc.addEventListener('icecandidate', ({ candidate }) => {
			if (candidate !== null && candidate.candidate !== '') {
				emit({ ...event, type: 'candidate', candidate: { candidate: candidate.candidate, sdpMid: candidate.sdpMid, sdpMLineIndex: candidate.sdpMLineIndex } })
			}
		})
	}

	const closePublisher = (publisherId) => {
		const publisher = publishers.get(publisherId)
		publisher?.player?.pause()
		publisher?.pc.close()
		publishers.delete(publisherId)
	}

	const closeSubscriber = (key) => {
		subscribers.get(key)?.pc.close()
		subscribers.delete(key)
	}

	window.sfu = {
		/** A publisher's offer (new sid: a new connection); resolves to the answer's SDP. */
		async publish(publisherId, sid, sdp) {
			let publisher = publishers.get(publisherId)
			if (publisher === undefined || publisher.sid !== sid) {
				closePublisher(publisherId)
				const pc = new RTCPeerConnection(config)
				publisher = { pc, sid, stream: new MediaStream(), ready: null, setReady: null, channels: [] }
				publisher.ready = new Promise((resolve) => {
					publisher.setReady = resolve
				})
				const current = publisher
				pc.addEventListener('track', ({ track }) => {
					current.stream.addTrack(track)
					if (track.kind === 'audio') {
						// Chromium only pulls received audio through its pipeline while it is played out;
						// without that, subscribers would get no audio packets.
						current.player = new Audio()
						current.player.srcObject = new MediaStream([track])
						current.player.volume = 0
						void current.player.play().catch(() => {})
					}
					current.setReady()
				})
				pc.addEventListener('datachannel', ({ channel }) => {
					channel.addEventListener('message', ({ data }) => {
						for (const subscriber of subscribers.values()) {
							if (subscriber.publisherId === publisherId && subscriber.channel.readyState === 'open') {
								subscriber.channel.send(data)
							}
						}
					})
				})
				watchCandidates(pc, { role: 'publisher', publisherId, sid })
				publishers.set(publisherId, publisher)
			}
			await publisher.pc.setRemoteDescription({ type: 'offer', sdp })
			const answer = await publisher.pc.createAnswer()
			await publisher.pc.setLocalDescription(answer)
			return answer.sdp
		},

		/** A subscriber of a publisher: resolves to the offer's SDP, or null when the publisher never appears. */
		async subscribe(subscriberId, publisherId, sid, timeoutMs) {
			const deadline = Date.now() + timeoutMs
			while (!publishers.has(publisherId)) {
				if (Date.now() > deadline) {
					return null
				}
				await new Promise((resolve) => setTimeout(resolve, 50))
			}
			const publisher = publishers.get(publisherId)
			const arrived = await Promise.race([publisher.ready.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), Math.max(0, deadline - Date.now())))])
			if (!arrived) {
				return null
			}
			// The other tracks of the same description arrive in the same task.
			await new Promise((resolve) => setTimeout(resolve, 0))
			const key = `${subscriberId} ${publisherId}`
			closeSubscriber(key)
			const pc = new RTCPeerConnection(config)
			for (const track of publisher.stream.getTracks()) {
				pc.addTransceiver(track, { direction: 'sendonly', streams: [publisher.stream] })
			}
			const channel = pc.createDataChannel('JanusDataChannel')
			subscribers.set(key, { pc, sid, publisherId, channel })
			watchCandidates(pc, { role: 'subscriber', subscriberId, publisherId, sid })
			const offer = await pc.createOffer()
			await pc.setLocalDescription(offer)
			return offer.sdp
		},

		async answer(subscriberId, publisherId, sid, sdp) {
			const subscriber = subscribers.get(`${subscriberId} ${publisherId}`)
			if (subscriber === undefined || (sid !== undefined && subscriber.sid !== sid)) {
				return false
			}
			await subscriber.pc.setRemoteDescription({ type: 'answer', sdp })
			return true
		},

		async candidate(role, subscriberId, publisherId, sid, candidate) {
			const target = role === 'publisher' ? publishers.get(publisherId) : subscribers.get(`${subscriberId} ${publisherId}`)
			if (target === undefined || (sid !== undefined && target.sid !== sid)) {
				return
			}
			await target.pc.addIceCandidate(candidate).catch(() => {})
		},

		/** Release everything of a session: its publisher and its subscriptions both ways. */
		release(sessionId) {
			closePublisher(sessionId)
			for (const [key, subscriber] of [...subscribers]) {
				if (key.startsWith(`${sessionId} `) || subscriber.publisherId === sessionId) {
					closeSubscriber(key)
				}
			}
		},
	}
}

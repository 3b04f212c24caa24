/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * What the signaling server checks of a client's WebRTC message before its MCU sees it, the
 * same whichever media server it drives (our SFU or Janus): server/hub.go processMessageMsg
 * (api/signaling.go MessageClientMessageData.CheckValid) and the first half of
 * processMcuMessage (permissions, same call).
 */

/** The data types the MCU takes from a `session` message; they are never relayed. */
const CONSUMED = new Set(['offer', 'answer', 'candidate', 'endOfCandidates', 'selectStream', 'requestoffer', 'sendoffer'])

/**
 * @param {any} recipient the message's recipient
 * @param {any} data the message data
 * @returns {boolean} whether the MCU takes it
 */
export function isMcuMessage(recipient, data) {
	return recipient?.type === 'session' && typeof data === 'object' && data !== null && CONSUMED.has(data.type)
}

/**
 * The checks before the MCU: an error for the sender through `fail`, or nothing to do.
 *
 * @param {{ sessions: Map<string, any> }} hub the hub's sessions
 * @param {any} session the sender
 * @param {any} recipient `{type: 'session', sessionid}`
 * @param {any} data an MCU message (isMcuMessage)
 * @param {(code: string, text: string) => void} fail error to the sender
 * @returns {string | null} the stream type (`video` or `screen`) for the MCU to handle it, or null when done
 */
export function checkMcuMessage(hub, session, recipient, data, fail) {
	const roomType = data.roomType ?? 'video'
	if (!['video', 'screen'].includes(roomType)) {
		fail('invalid_format', 'Unsupported room type.')
		return null
	}
	const target = recipient.sessionid
	switch (data.type) {
		case 'offer':
			if (typeof data.payload?.sdp !== 'string') {
				fail('no_sdp', 'Payload does not contain a SDP.')
			} else if (!isSdp(data.payload.sdp)) {
				fail('invalid_sdp', 'Payload does not contain a valid SDP.')
			} else if (!mayPublish(session, data.payload.sdp)) {
				fail('not_allowed', 'Not allowed to publish.')
			} else {
				return roomType
			}
			return null
		case 'answer':
			if (typeof data.payload?.sdp !== 'string') {
				fail('no_sdp', 'Payload does not contain a SDP.')
			} else if (!isSdp(data.payload.sdp)) {
				fail('invalid_sdp', 'Payload does not contain a valid SDP.')
			} else {
				return roomType
			}
			return null
		case 'candidate':
			if (typeof data.payload?.candidate?.candidate !== 'string') {
				fail('no_candidate', 'Payload does not contain a candidate.')
				return null
			}
			if (target === session.id && !mayPublish(session)) {
				// hub.go processMcuMessage → clientsession.go IsAllowedToSend
				fail('not_allowed', 'Not allowed to send candidate.')
				return null
			}
			return roomType
		case 'requestoffer': {
			if (target === session.id) {
				// "Not requesting offer from itself"
				return null
			}
			const publisher = hub.sessions.get(target)
			if (publisher === undefined || publisher.roomId !== session.roomId || (publisher.inCall & 1) === 0 || (session.inCall & 1) === 0) {
				fail('not_allowed', 'Not allowed to request offer.')
				return null
			}
			return roomType
		}
		default:
			return roomType
	}
}

/**
 * What the signaling server checks before an SDP reaches the MCU (it parses it): version,
 * origin and session name lines first.
 *
 * @param {string} sdp a payload's SDP
 */
export function isSdp(sdp) {
	return /^v=0\r?\no=[^\r\n]+\r?\ns=/.test(sdp)
}

/**
 * clientsession.go isSdpAllowedToSendLocked / IsAllowedToSend: `publish-media` allows any
 * media; otherwise each audio line needs `publish-audio`, each video line `publish-video`;
 * without an SDP (candidates) either of them will do.
 *
 * @param {{ permissions: string[] | null }} session a client
 * @param {string} [sdp] the offer
 */
export function mayPublish(session, sdp) {
	const permissions = session.permissions
	if (permissions === null || permissions.includes('publish-media')) {
		return true
	}
	if (sdp === undefined) {
		return permissions.includes('publish-audio') || permissions.includes('publish-video')
	}
	return mediaKinds(sdp).every((kind) => (kind !== 'audio' || permissions.includes('publish-audio')) && (kind !== 'video' || permissions.includes('publish-video')))
}

/**
 * clientsession.go processAsyncMessage "permissions": whether a publisher sending these kinds
 * of media must be closed under the session's new permissions.
 *
 * @param {{ permissions: string[] | null }} session its permissions changed
 * @param {string[]} kinds what the publisher sends (`audio`, `video`)
 */
export function mayNoLongerPublish(session, kinds) {
	const permissions = session.permissions
	return permissions !== null && !permissions.includes('publish-media')
		&& ((kinds.includes('audio') && !permissions.includes('publish-audio')) || (kinds.includes('video') && !permissions.includes('publish-video')))
}

/**
 * @param {string} sdp an SDP
 * @returns {string[]} the kinds of its media lines, in order
 */
export function mediaKinds(sdp) {
	return [...sdp.matchAll(/^m=(\w+) /gm)].map((match) => match[1])
}

/**
 * @param {any} session the hub session
 * @returns {object} the `sender` of a message the MCU sends on the session's behalf
 */
export function senderOf(session) {
	return { type: 'session', sessionid: session.id, ...(session.userId === '' ? {} : { userid: session.userId }) }
}

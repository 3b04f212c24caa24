/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { McuRole } from './remotePeerTypes.ts'

/**
 * Our camera and microphone on a peer's connection, as Talk's clients expect them (TALK-CALL.md).
 */

/**
 * Put our media on a new connection: our tracks in one stream, and a receive-only m-line for a
 * kind we do not send, since Talk's clients expect audio and video m-lines in a direct call.
 * An MCU subscriber only receives: the MCU's offer decides its m-lines.
 *
 * @param pc the new connection
 * @param stream our camera and microphone
 * @param mcuRole the peer's MCU role; none for a direct connection
 */
export function addLocalMedia(pc: RTCPeerConnection, stream: MediaStream, mcuRole: McuRole | undefined): void {
	if (mcuRole !== 'subscriber') {
		for (const track of stream.getTracks()) {
			pc.addTrack(track, stream)
		}
	}
	for (const kind of mcuRole === undefined ? ['audio', 'video'] as const : []) {
		if (!stream.getTracks().some((track) => track.kind === kind)) {
			pc.addTransceiver(kind, { direction: 'recvonly' })
		}
	}
}

/**
 * Send a new device's track instead of the old one of its kind, without renegotiation.
 *
 * @param pc the connection
 * @param kind 'audio' or 'video'
 * @param track the new track
 */
export async function replaceSentTrack(pc: RTCPeerConnection, kind: 'audio' | 'video', track: MediaStreamTrack): Promise<void> {
	for (const transceiver of pc.getTransceivers()) {
		if (transceiver.receiver.track?.kind === kind && transceiver.direction !== 'recvonly') {
			await transceiver.sender.replaceTrack(track)
		}
	}
}

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { SignalingSettings } from './talkApi.ts'

/**
 * The RTCPeerConnection ICE servers from Talk's signaling settings: STUN first, TURN appended,
 * as Talk's web client builds them.
 *
 * @param settings Talk's signaling settings
 */
export function iceServersFromSettings(settings: Pick<SignalingSettings, 'stunservers' | 'turnservers'>): RTCIceServer[] {
	const stun: RTCIceServer[] = settings.stunservers
		.filter((server) => server.urls.length > 0)
		.map((server) => ({ urls: [...server.urls] }))
	const turn: RTCIceServer[] = settings.turnservers
		.filter((server) => server.urls.length > 0)
		.map((server) => ({
			urls: [...server.urls],
			username: server.username,
			credential: typeof server.credential === 'string' ? server.credential : String(server.credential ?? ''),
		}))
	return [...stun, ...turn]
}

/**
 * Whether Talk handed out at least one TURN server.
 *
 * @param settings Talk's signaling settings
 */
export function hasTurnServers(settings: Pick<SignalingSettings, 'turnservers'>): boolean {
	return settings.turnservers.some((server) => server.urls.length > 0)
}

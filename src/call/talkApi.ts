/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { AxiosRequestConfig } from '@nextcloud/axios'

import { getRequestToken } from '@nextcloud/auth'
import axios from '@nextcloud/axios'
import { generateOcsUrl } from '@nextcloud/router'
import { TalkApiError } from './errors.ts'

/**
 * One typed function per Talk (spreed) endpoint the guest uses. Paths, API versions, parameters
 * and response shapes follow Talk's openapi.json (operation ids in the comments).
 */

/** `public_share_auth-create-room` 201 data. */
export interface VerificationRoom {
	token: string
	name: string
	displayName: string
}

/** The part of Talk's `Room` we read after joining. */
export interface JoinedRoom {
	token: string
	sessionId: string
	[key: string]: unknown
}

/** Talk's `SignalingSettings`. */
export interface SignalingSettings {
	signalingMode: string
	userId: string | null
	hideWarning: boolean
	server: string
	ticket: string
	helloAuthParams: {
		'1.0': { userid: string | null, ticket: string }
		'2.0': { token: string }
	}
	stunservers: { urls: string[] }[]
	turnservers: { urls: string[], username: string, credential: unknown }[]
	sipDialinInfo: string
	federation: unknown
}

/** Talk's `SignalingSession` (one entry of `usersInRoom`). */
export interface SignalingSession {
	sessionId: string
	inCall: number
	lastPing: number
	roomId: number
	userId: string
	participantPermissions: number
	actorType: string
	actorId: string
}

/** One element of the pull response. */
export type PulledSignalingMessage
	= | { type: 'usersInRoom', data: SignalingSession[] }
		| { type: 'message', data: string }
		| { type: string, data: unknown }

/** The `spreed` entry of the server capabilities (`Capabilities` in Talk's spec). */
export interface TalkCapabilities {
	features: string[]
	config: Record<string, Record<string, unknown>>
	version: string
	[key: string]: unknown
}

const OCS_HEADERS = {
	'OCS-APIRequest': 'true',
	Accept: 'application/json',
}

interface OcsEnvelope<Data> {
	ocs: { meta: unknown, data: Data }
}

/**
 * @param path OCS path below /ocs/v2.php/
 * @param params path parameters
 */
function ocsUrl(path: string, params: Record<string, string> = {}): string {
	return generateOcsUrl(path, params)
}

/**
 * Run one OCS request and unwrap `ocs.data`; failures become a TalkApiError.
 *
 * @param endpoint the operation name, for error messages
 * @param config the axios request
 */
async function ocsRequest<Data>(endpoint: string, config: AxiosRequestConfig): Promise<Data> {
	try {
		const response = await axios.request<OcsEnvelope<Data>>({
			...config,
			headers: { ...OCS_HEADERS, ...config.headers },
		})
		return response.data.ocs.data
	} catch (error) {
		const signal = config.signal as AbortSignal | undefined
		const response = (error as { response?: { status?: number, data?: unknown } } | null)?.response
		const data = (response?.data as Partial<OcsEnvelope<unknown>> | undefined)?.ocs?.data
		throw new TalkApiError(endpoint, response?.status, data, signal?.aborted === true, { cause: error })
	}
}

/**
 * Create the video-verification room of a share (`public_share_auth-create-room`).
 *
 * @param shareToken the file share token
 */
export function createVerificationRoom(shareToken: string): Promise<VerificationRoom> {
	return ocsRequest('publicshareauth', {
		method: 'POST',
		url: ocsUrl('apps/spreed/api/v1/publicshareauth'),
		data: { shareToken },
	})
}

/**
 * Join a room as a new session (`room-join-room`); the answer carries the Talk session id.
 *
 * @param token the room token
 */
export function joinRoom(token: string): Promise<JoinedRoom> {
	return ocsRequest('room-join-room', {
		method: 'POST',
		url: ocsUrl('apps/spreed/api/v4/room/{token}/participants/active', { token }),
		data: { force: true },
	})
}

/**
 * Leave the room (`room-leave-room`).
 *
 * @param token the room token
 */
export async function leaveRoom(token: string): Promise<void> {
	await ocsRequest<null>('room-leave-room', {
		method: 'DELETE',
		url: ocsUrl('apps/spreed/api/v4/room/{token}/participants/active', { token }),
	})
}

/**
 * Set the guest's display name (`guest-set-display-name`).
 *
 * @param token the room token
 * @param displayName the name others see
 */
export async function setGuestName(token: string, displayName: string): Promise<void> {
	await ocsRequest<null>('guest-set-display-name', {
		method: 'POST',
		url: ocsUrl('apps/spreed/api/v1/guest/{token}/name', { token }),
		data: { displayName },
	})
}

/**
 * Join the call (`call-join-call`).
 *
 * @param token the room token
 * @param flags in-call flags (1 | 2 audio | 4 video)
 * @param silent join without notifying others
 * @param recordingConsent the caller ticked that the call may be recorded (sent only when true)
 */
export async function joinCall(token: string, flags: number, silent = false, recordingConsent = false): Promise<void> {
	await ocsRequest<null>('call-join-call', {
		method: 'POST',
		url: ocsUrl('apps/spreed/api/v4/call/{token}', { token }),
		data: recordingConsent ? { flags, silent, recordingConsent } : { flags, silent },
	})
}

/**
 * Change our in-call flags (`call-update-call-flags`).
 *
 * @param token the room token
 * @param flags in-call flags
 */
export async function updateCallFlags(token: string, flags: number): Promise<void> {
	await ocsRequest<null>('call-update-call-flags', {
		method: 'PUT',
		url: ocsUrl('apps/spreed/api/v4/call/{token}', { token }),
		data: { flags },
	})
}

/**
 * Leave the call (`call-leave-call`); `all` keeps its default false.
 *
 * @param token the room token
 */
export async function leaveCall(token: string): Promise<void> {
	await ocsRequest<null>('call-leave-call', {
		method: 'DELETE',
		url: ocsUrl('apps/spreed/api/v4/call/{token}', { token }),
	})
}

/**
 * Signaling settings for a room (`signaling-get-settings`).
 *
 * @param token the room token
 */
export function getSignalingSettings(token: string): Promise<SignalingSettings> {
	return ocsRequest('signaling-get-settings', {
		method: 'GET',
		url: ocsUrl('apps/spreed/api/v3/signaling/settings'),
		params: { token },
	})
}

/**
 * Send queued internal-signaling messages (`signaling-send-messages`).
 *
 * @param token the room token
 * @param messages JSON string of the message list, exactly as Talk's server expects it
 */
export async function sendSignalingMessages(token: string, messages: string): Promise<void> {
	await ocsRequest<null>('signaling-send-messages', {
		method: 'POST',
		url: ocsUrl('apps/spreed/api/v3/signaling/{token}', { token }),
		data: { messages },
	})
}

/**
 * Long-poll internal-signaling messages (`signaling-pull-messages`).
 *
 * @param token the room token
 * @param signal aborts the poll
 */
export function pullSignalingMessages(token: string, signal?: AbortSignal): Promise<PulledSignalingMessage[]> {
	return ocsRequest('signaling-pull-messages', {
		method: 'GET',
		url: ocsUrl('apps/spreed/api/v3/signaling/{token}', { token }),
		signal,
	})
}

/**
 * Talk's capabilities, or null when Talk is not enabled for this visitor.
 */
export async function getTalkCapabilities(): Promise<TalkCapabilities | null> {
	const data = await ocsRequest<{ capabilities?: { spreed?: TalkCapabilities } } | null>('capabilities', {
		method: 'GET',
		url: ocsUrl('cloud/capabilities'),
	})
	return data?.capabilities?.spreed ?? null
}

/**
 * Leave call and room while the page unloads: axios requests are cancelled with the page, a
 * keepalive fetch is not (sendBeacon cannot send DELETE). Fire and forget.
 *
 * @param token the room token
 */
export function leaveOnPageUnload(token: string): void {
	const init: RequestInit = {
		method: 'DELETE',
		keepalive: true,
		credentials: 'same-origin',
		headers: { ...OCS_HEADERS, requesttoken: getRequestToken() ?? '' },
	}
	for (const url of [
		ocsUrl('apps/spreed/api/v4/call/{token}', { token }),
		ocsUrl('apps/spreed/api/v4/room/{token}/participants/active', { token }),
	]) {
		fetch(url, init).catch(() => {
			// the page is gone; Talk drops the session once it stops pulling
		})
	}
}

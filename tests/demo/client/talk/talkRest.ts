/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import axios from '@nextcloud/axios'
import { generateOcsUrl } from '@nextcloud/router'

/**
 * The Talk endpoints Talk's web client calls in a conversation (its participantsService,
 * callsService and signalingService), reduced to what the call view uses.
 */

const headers = { 'OCS-APIRequest': 'true', Accept: 'application/json' }

export interface UserInRoom {
	sessionId: string
	inCall: number
	actorType: string
	actorId: string
}

export type PulledMessage
	= | { type: 'usersInRoom', data: UserInRoom[] }
		| { type: 'message', data: string }

/** A Talk request that failed with this HTTP status (0 when there was no answer). */
export class TalkRequestError extends Error {
	constructor(public readonly status: number, options?: ErrorOptions) {
		super(`Talk answered ${status}`, options)
	}
}

/**
 * @param run the request
 */
async function ocs<T>(run: () => Promise<{ data: { ocs: { data: T } } }>): Promise<T> {
	try {
		return (await run()).data.ocs.data
	} catch (error) {
		throw new TalkRequestError((error as { response?: { status?: number } }).response?.status ?? 0, { cause: error })
	}
}

const url = (path: string, token: string): string => generateOcsUrl(path, { token })

/** @param token the conversation */
export const joinRoom = (token: string): Promise<{ sessionId: string, recordingConsent?: number }> => ocs(() => axios.post(url('apps/spreed/api/v4/room/{token}/participants/active', token), { force: true }, { headers }))

/** @param token the conversation */
export const leaveRoom = (token: string): Promise<unknown> => ocs(() => axios.delete(url('apps/spreed/api/v4/room/{token}/participants/active', token), { headers }))

/**
 * @param token the conversation
 * @param flags in-call flags
 * @param recordingConsent the user ticked consent to recording (Talk web sends it always)
 */
export const joinCall = (token: string, flags: number, recordingConsent = false): Promise<unknown> => ocs(() => axios.post(url('apps/spreed/api/v4/call/{token}', token), { flags, silent: false, recordingConsent }, { headers }))

/** @param token the conversation */
export const leaveCall = (token: string): Promise<unknown> => ocs(() => axios.delete(url('apps/spreed/api/v4/call/{token}', token), { headers }))

export interface SignalingSettings {
	signalingMode: string
	server: string
	helloAuthParams: { '1.0': { userid: string | null, ticket: string }, '2.0': { token: string } }
	stunservers: { urls: string[] }[]
	turnservers: { urls: string[], username: string, credential: string }[]
}

/** @param token the conversation */
export const signalingSettings = (token: string): Promise<SignalingSettings> => ocs(() => axios.get(generateOcsUrl('apps/spreed/api/v3/signaling/settings'), { headers, params: { token } }))

/**
 * @param token the conversation
 * @param messages JSON string of the queued items
 */
export const sendSignaling = (token: string, messages: string): Promise<unknown> => ocs(() => axios.post(url('apps/spreed/api/v3/signaling/{token}', token), { messages }, { headers }))

/**
 * @param token the conversation
 * @param signal cancels the long poll
 */
export const pullSignaling = (token: string, signal: AbortSignal): Promise<PulledMessage[]> => ocs(() => axios.get(url('apps/spreed/api/v3/signaling/{token}', token), { headers, signal }))

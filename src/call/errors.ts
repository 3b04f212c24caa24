/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * A Talk OCS request failed. `status` is the HTTP status (undefined when no response came),
 * `data` the unwrapped `ocs.data` of the error response when there was one.
 */
export class TalkApiError extends Error {
	constructor(
		readonly endpoint: string,
		readonly status: number | undefined,
		readonly data: unknown,
		readonly aborted: boolean,
		options?: { cause?: unknown },
	) {
		super(aborted
			? `Talk request ${endpoint} was aborted`
			: `Talk request ${endpoint} failed with status ${status ?? 'none'}`, options)
		this.name = 'TalkApiError'
	}
}

/**
 * Talk runs a signaling mode this client cannot speak (yet): the UI explains it instead of a silent failure.
 */
export class UnsupportedSignalingError extends Error {
	constructor(readonly signalingMode: string) {
		super(`Talk uses signaling mode "${signalingMode}", which this call client does not support`)
		this.name = 'UnsupportedSignalingError'
	}
}

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * The High Performance Backend refused us or could not be reached. `code` is the signaling
 * server's error code (`token_expired`, `no_such_room`, …) or one of ours:
 * `connection_failed` (no WebSocket), `timeout` (no answer to a request),
 * `reconnect_failed` (the socket could not be restored in time), `bye` (the server ended the session).
 */
export class ExternalSignalingError extends Error {
	constructor(
		readonly code: string,
		message: string,
		readonly during: 'hello' | 'room' | 'connection' | 'session',
	) {
		super(`Signaling server (${during}): ${message} [${code}]`)
		this.name = 'ExternalSignalingError'
	}
}

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { hasStreams } from './callFlags.ts'

/**
 * Talk's peer-to-peer offer rule: "larger ids call smaller ones", unless the remote publishes
 * nothing, then whoever publishes offers. Plain string comparison (UTF-16 code units), as in
 * Talk's web client; the mobile apps offer only by the id rule, which is why the guest must offer
 * itself whenever this says so instead of waiting for anyone's fallback.
 *
 * @param ownSessionId our signaling session id
 * @param ownFlags our in-call flags (as the server lists them)
 * @param remoteSessionId the remote signaling session id
 * @param remoteFlags the remote in-call flags
 */
export function shouldOffer(ownSessionId: string, ownFlags: number, remoteSessionId: string, remoteFlags: number): boolean {
	if (!hasStreams(ownFlags)) {
		return false
	}
	return !hasStreams(remoteFlags) || remoteSessionId < ownSessionId
}

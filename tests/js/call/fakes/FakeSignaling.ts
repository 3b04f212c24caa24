/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type {
	CallMessage,
	OutgoingCallMessage,
	SessionGoneReason,
	Signaling,
	SignalingConnectionState,
	SignalingContext,
	SignalingEvents,
	SignalingParticipant,
} from '../../../../src/call/signaling/Signaling.ts'

import { Emitter } from '../../../../src/call/Emitter.ts'

/**
 * A signaling channel a test drives by hand; it records what the call did with it in `log`
 * (shared with the fake Talk server so the order of everything can be asserted).
 */
export class FakeSignaling extends Emitter<SignalingEvents> implements Signaling {
	readonly sent: OutgoingCallMessage[] = []
	/** Server features (external signaling), e.g. `mcu`. */
	readonly features = new Set<string>()
	/** What the server delivers while Talk handles the call join request (Talk's `incall` reaching it). */
	duringJoinCall: () => void = () => {}
	#connected = false

	constructor(
		readonly context: SignalingContext,
		readonly log: string[],
		readonly mode: 'internal' | 'external' = 'internal',
		/** Changes when a test makes the server refuse a resume (a fresh session). */
		public signalingSessionId = context.sessionId,
	) {
		super()
	}

	get ownSessionId(): string | null {
		return this.#connected ? this.signalingSessionId : null
	}

	hasFeature(feature: string): boolean {
		return this.features.has(feature)
	}

	async connect(): Promise<void> {
		this.log.push('signaling connect')
		this.#connected = true
	}

	async joinCall(flags: number, silent = false, recordingConsent = false): Promise<void> {
		this.log.push(`signaling joinCall ${flags}${silent ? ' silent' : ''}${recordingConsent ? ' with consent' : ''}`)
		this.duringJoinCall()
	}

	async leaveCall(): Promise<void> {
		this.log.push('signaling leaveCall')
	}

	sendCallMessage(message: OutgoingCallMessage): void {
		this.sent.push(message)
	}

	async disconnect(): Promise<void> {
		this.log.push('signaling disconnect')
	}

	participants(participants: SignalingParticipant[]): void {
		this.emit('participants', { participants })
	}

	deliver(message: CallMessage): void {
		this.emit('message', message)
	}

	sessionGone(reason: SessionGoneReason): void {
		this.emit('sessionGone', { reason })
	}

	connectionState(state: SignalingConnectionState): void {
		this.emit('connectionState', { state })
	}

	fail(error: Error, fatal: boolean): void {
		this.emit('error', { error, fatal })
	}

	sentOfType(type: string): OutgoingCallMessage[] {
		return this.sent.filter((message) => message.type === type)
	}
}

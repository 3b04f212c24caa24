/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/** The parts of a signaling hub session the SFU reads. */
export interface SfuSession {
	id: string
	roomId: string
	inCall: number
	permissions: string[] | null
	userId: string
}

/** The parts of the signaling hub the SFU uses. */
export interface SfuHub {
	sessions: Map<string, SfuSession>
	deliver(session: SfuSession, message: object): void
}

export declare class RtpForwardingSfu {
	/** For tests: how many publisher answers to lose. */
	dropPublisherAnswers: { count: number, guestsOnly: boolean }
	static start(options: { hub: SfuHub, log: (line: string) => void }): Promise<RtpForwardingSfu>
	stop(): Promise<void>
	consumes(session: SfuSession, recipient: unknown, data: unknown, fail: (code: string, text: string) => void): boolean
	sessionLeft(session: SfuSession): void
	inCallChanged(session: SfuSession): void
	permissionsChanged(session: SfuSession): void
}

export declare function isVp8KeyFrameStart(payload: Buffer): boolean

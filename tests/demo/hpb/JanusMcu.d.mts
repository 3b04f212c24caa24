/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { SfuHub, SfuSession } from './RtpForwardingSfu.mjs'

/** The HPB stand-in's MCU on Janus's video room plugin; the same interface as RtpForwardingSfu. */
export declare class JanusMcu {
	/** For tests: how many publisher answers to lose. */
	dropPublisherAnswers: { count: number, guestsOnly: boolean }
	/** Connects to Janus's WebSocket API at `url` and creates the Janus session. */
	static start(options: { hub: SfuHub, log: (line: string) => void, url: string }): Promise<JanusMcu>
	stop(): Promise<void>
	consumes(session: SfuSession, recipient: unknown, data: unknown, fail: (code: string, text: string) => void): boolean
	sessionLeft(session: SfuSession): void
	inCallChanged(session: SfuSession): void
	permissionsChanged(session: SfuSession): void
}

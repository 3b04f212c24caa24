/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/** The signaling server's brute-force throttle (see BruteforceThrottler.mjs). */
export declare class BruteforceThrottler {
	constructor(options?: { now?: () => number, sleep?: (ms: number) => Promise<void> })
	check(client: string, action: string): { blocked: boolean, throttle(): Promise<void> }
}

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

export type TimerId = ReturnType<typeof globalThis.setTimeout>

/**
 * The clock and timers the call client uses, injectable so tests control time.
 */
export interface Timers {
	setTimeout(callback: () => void, ms: number): TimerId
	clearTimeout(id: TimerId | undefined): void
	setInterval(callback: () => void, ms: number): TimerId
	clearInterval(id: TimerId | undefined): void
	now(): number
}

/**
 * Timers backed by the global functions, looked up at call time so fake timers installed later apply.
 */
export const browserTimers: Timers = {
	setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
	clearTimeout: (id) => globalThis.clearTimeout(id),
	setInterval: (callback, ms) => globalThis.setInterval(callback, ms),
	clearInterval: (id) => globalThis.clearInterval(id),
	now: () => Date.now(),
}

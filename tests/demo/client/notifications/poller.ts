/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * Runs `refresh` now, then every `intervalMs`, and at once whenever the window
 * regains focus; a refresh never overlaps the previous one.
 */
export class Poller {
	private timer: ReturnType<typeof setInterval> | undefined
	private running: Promise<void> | undefined

	constructor(
		private readonly refresh: () => Promise<void>,
		private readonly intervalMs: number,
	) {}

	start(): void {
		this.stop()
		window.addEventListener('focus', this.poll)
		this.timer = setInterval(this.poll, this.intervalMs)
		void this.poll()
	}

	stop(): void {
		window.removeEventListener('focus', this.poll)
		clearInterval(this.timer)
		this.timer = undefined
	}

	readonly poll = (): Promise<void> => {
		this.running ??= this.refresh().finally(() => {
			this.running = undefined
		})
		return this.running
	}
}

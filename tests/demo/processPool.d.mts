/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { ChildProcess } from 'node:child_process'
import type { Writable } from 'node:stream'

export interface PhpProcessPoolOptions {
	/** Where the pool listens. */
	port: number
	/** Default 127.0.0.1. */
	host?: string
	/** How many single-worker php -S processes. */
	size: number
	routerScript: string
	cwd: string
	env: NodeJS.ProcessEnv
	/** Gets php -S's output and a line for each request that waited for a free process. */
	log: Writable
	/** A free loopback port for each process. */
	freePort(): Promise<number>
}

export interface PhpProcessPool {
	processes: ChildProcess[]
	/** Stops listening; the processes are the caller's to end. */
	stop(): Promise<void>
}

export function startPhpProcessPool(options: PhpProcessPoolOptions): Promise<PhpProcessPool>

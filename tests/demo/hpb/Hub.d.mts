/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

import type { BruteforceThrottler } from './BruteforceThrottler.mjs'

/** The part of NextcloudBackend the hub calls. */
export interface HubBackend {
	matches(authUrl: unknown): boolean
	request(request: object): Promise<any>
	verifyToken(token: unknown): Promise<{ userId: string, user: unknown }>
}

/** The demo signaling server's hub (see Hub.mjs). */
export declare class Hub {
	constructor(options: { backend: HubBackend, features: string[], log: (line: string) => void, mcu?: object | null, throttler?: BruteforceThrottler })
	readonly throttler: BruteforceThrottler
	close(): void
	accept(socket: unknown, remoteAddress?: string): void
	roomRequest(roomId: string, request: object): boolean
}

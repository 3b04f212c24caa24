/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/** Starts Janus with a per-run configuration; `stop` ends it and removes the configuration. */
export declare function startJanus(options: { log: (line: string) => void, turn?: { host: string, port: number, secret: string } | null }): Promise<{ url: string, stop: () => Promise<void> }>

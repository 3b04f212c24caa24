/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

export function checksum(random: string, body: string, secret: string): string
export function isValidChecksum(random: string | undefined, sum: string | undefined, body: string, secret: string): boolean
export function newRandom(): string

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

export interface Entry {
	msgid: string
	plural: string | null
	/** "path:line" of each use */
	references: string[]
}

export interface Problem {
	file: string
	line: number
	problem: string
}

export const APP_ID: string
export const REPOSITORY_ROOT: string
export const POT_FILE: string
export function filesUnder(directory: string, pattern: RegExp): string[]
export function sourceFiles(root?: string): string[]
export function extract(files: string[], root?: string): { entries: Entry[], problems: Problem[] }
export function toPot(entries: Entry[]): string

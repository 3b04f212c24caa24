/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { VerificationRecord } from '../../../src/api/decisions.ts'

/** Unix time of the fixtures: 2027-01-15 08:00 UTC */
export const NOW = 1_800_000_000

/**
 * A verification record as the server lists it
 *
 * @param overrides - fields that differ
 */
export function record(overrides: Partial<VerificationRecord> = {}): VerificationRecord {
	return {
		requestId: 'req-1',
		shareId: '12',
		fileId: 42,
		fileName: 'Bank statement.pdf',
		requesterName: 'Bob Berg',
		requesterEmail: 'bob@example.com',
		code: '482 913',
		status: 'ringing',
		mode: 'approve',
		createdAt: NOW - 60,
		expiresAt: NOW + 840,
		answeredAt: null,
		decidedAt: null,
		decidedBy: null,
		decidedByDisplayName: null,
		checklist: null,
		releasedBy: null,
		firstUsedAt: null,
		shareDeleted: false,
		idCheck: null,
		callMedia: 'video',
		...overrides,
	}
}

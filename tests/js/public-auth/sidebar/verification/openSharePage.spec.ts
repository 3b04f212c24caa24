/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { openSharePage } from '../../../../../src/public-auth/sidebar/verification/openSharePage.ts'

describe('openSharePage', () => {
	afterEach(() => {
		vi.restoreAllMocks()
	})

	it('loads the public share page of the token, escaped', () => {
		const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => {})

		openSharePage('DemoBankStmt003')
		openSharePage('a/b?c')

		expect(assign.mock.calls.map(([url]) => new URL(String(url), 'http://nextcloud.test').pathname))
			.toEqual(['/index.php/s/DemoBankStmt003', '/index.php/s/a%2Fb%3Fc'])
	})
})

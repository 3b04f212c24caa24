/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it } from 'vitest'
import { apiErrorBody, apiErrorCode, apiErrorMessage } from '../../../src/api/errors.ts'

/**
 * What axios throws for an OCS error answer
 *
 * @param status - HTTP status
 * @param data - the `ocs.data` of the answer
 */
function ocsError(status: number, data: unknown) {
	return {
		isAxiosError: true,
		message: `Request failed with status code ${status}`,
		response: { status, data: { ocs: { meta: { status: 'failure', statuscode: status }, data } } },
	}
}

describe('api errors', () => {
	it('reads the error body of an OCS error', () => {
		const error = ocsError(412, { error: 'talk_unavailable', message: 'Talk is not enabled for you.' })

		expect(apiErrorBody(error)).toEqual({ error: 'talk_unavailable', message: 'Talk is not enabled for you.' })
		expect(apiErrorCode(error)).toBe('talk_unavailable')
		expect(apiErrorMessage(error)).toBe('Talk is not enabled for you.')
	})

	it('ignores errors that are not from axios', () => {
		const error = new Error('boom')

		expect(apiErrorBody(error)).toBeNull()
		expect(apiErrorCode(error)).toBeNull()
		expect(apiErrorMessage(error)).toBe('Something went wrong. Please try again.')
	})

	it('ignores a network error without an answer', () => {
		expect(apiErrorBody({ isAxiosError: true, message: 'Network Error' })).toBeNull()
	})

	it.each([
		['no data', null],
		['a string', 'oops'],
		['no message', { error: 'invalid_body' }],
		['a numeric message', { error: 'invalid_body', message: 42 }],
	])('ignores a body with %s', (_name, data) => {
		expect(apiErrorBody(ocsError(400, data))).toBeNull()
	})

	it('uses the fallback when the server sent no message', () => {
		expect(apiErrorMessage(ocsError(500, { error: 'x', message: '  ' }), 'Could not save.')).toBe('Could not save.')
		expect(apiErrorMessage(new Error('boom'), 'Could not save.')).toBe('Could not save.')
	})
})

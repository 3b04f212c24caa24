/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { afterEach, beforeEach, inject } from 'vitest'
import { contractLogSize, readContractViolations } from './demoServer.ts'

/*
 * Setup file: a test fails when an exchange during it broke an OpenAPI spec, so the
 * violation is reported on the journey that caused it (globalSetup still checks the
 * whole log at the end).
 */
let logSizeAtStart = 0

beforeEach(() => {
	logSizeAtStart = contractLogSize(inject('contractLog'))
})

afterEach(() => {
	const violations = readContractViolations(inject('contractLog'), logSizeAtStart)
	if (violations.length > 0) {
		throw new Error(`Contract violations during this test:\n${violations.join('\n')}`)
	}
})

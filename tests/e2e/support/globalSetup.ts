/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { TestProject } from 'vitest/node'

import { readContractViolations, startDemoServer } from './demoServer.ts'

declare module 'vitest' {
	export interface ProvidedContext {
		/** e.g. http://127.0.0.1:41234, no trailing slash */
		demoBaseUrl: string
		contractLog: string
		/** VV_STACK=cluster: the stack's state file (tests/demo/cluster/run.sh), else '' */
		clusterState: string
	}
}

/**
 * One demo host for the whole e2e run. The run fails when any exchange broke an OpenAPI
 * spec, even one that no test looked at.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const demo = await startDemoServer()
	project.provide('demoBaseUrl', demo.baseUrl)
	project.provide('contractLog', demo.contractLog)
	project.provide('clusterState', demo.clusterState ?? '')

	return async () => {
		const violations = readContractViolations(demo.contractLog)
		await demo.stop({ keepData: violations.length > 0 })
		if (violations.length > 0) {
			const report = violations.map((line) => `  ${line}`).join('\n')
			console.error(`${violations.length} contract violation(s) logged by the demo (${demo.contractLog}):\n${report}`)
			// Vitest reports an error thrown here but keeps its exit code.
			process.exitCode = 1
		}
	}
}

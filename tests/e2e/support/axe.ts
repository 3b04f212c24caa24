/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Page } from 'playwright-core'

import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/** axe-core's browser build, injected into the page under test */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export interface AxeFinding {
	rule: string
	impact: string
	help: string
	/** "selector: what fails" for each element */
	nodes: string[]
}

/**
 * Runs axe-core on the elements of ours that `selector` finds (the demo's stand-ins for
 * Nextcloud's pages are not ours to fix) and returns the serious and critical violations.
 *
 * @param page - the page in the state to check
 * @param selector - our root element(s), e.g. the sidebar
 */
export async function seriousAxeViolations(page: Page, selector: string): Promise<AxeFinding[]> {
	await page.locator(selector).first().waitFor()
	if (!(await page.evaluate(() => 'axe' in window))) {
		await page.addScriptTag({ content: axeSource })
	}
	const findings = await page.evaluate(async (include) => {
		// Colours are checked at rest: a button caught in its colour transition (enabled a moment
		// ago) would read as a contrast failure that nobody sees.
		for (const animation of document.getAnimations()) {
			if (animation.effect?.getComputedTiming().iterations !== Infinity) {
				animation.finish()
			}
		}
		const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string, impact: string | null, help: string, nodes: { target: unknown[], html: string, failureSummary?: string }[] }[] }> } }).axe
		const result = await axe.run({ include: [[include]] }, { resultTypes: ['violations'] })
		return result.violations.map((violation) => ({
			rule: violation.id,
			impact: violation.impact ?? 'unknown',
			help: violation.help,
			nodes: violation.nodes.map((node) => `${node.target.join(' ')} ${node.html.slice(0, 160)}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`),
		}))
	}, selector)
	return findings.filter((finding) => finding.impact === 'serious' || finding.impact === 'critical')
}

/**
 * Fails with every serious or critical axe-core violation in our part of the page.
 *
 * @param page - the page in the state to check
 * @param selector - our root element(s)
 * @param state - what the page shows, for the message
 */
export async function expectAccessible(page: Page, selector: string, state: string): Promise<void> {
	const findings = await seriousAxeViolations(page, selector)
	if (findings.length > 0) {
		const report = findings.map((f) => `${f.impact} ${f.rule} (${f.help}):\n    ${f.nodes.join('\n    ')}`).join('\n  ')
		throw new Error(`axe-core: ${findings.length} serious or critical violation(s) in ${state}:\n  ${report}`)
	}
}

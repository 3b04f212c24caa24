/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { AttributeNode, ElementNode, RootNode, TemplateChildNode } from '@vue/compiler-dom'

import { NodeTypes } from '@vue/compiler-dom'
import { parse } from '@vue/compiler-sfc'
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, test } from 'vitest'
import { extract, filesUnder, REPOSITORY_ROOT, sourceFiles, toPot } from '../../../scripts/l10n/extractStrings.mjs'

/** Attributes people read or hear: a literal in one of them is an untranslated string */
const READ_ATTRIBUTES = new Set(['label', 'title', 'aria-label', 'aria-description', 'placeholder', 'alt', 'description', 'helper-text', 'helpertext', 'name-label'])
/** Text with a letter in it (punctuation, digits and symbols need no translation) */
const WORDS = /\p{L}/u

/**
 * NcSelect's `label` names the option property to show (e.g. "displayName"), it is not text
 *
 * @param element - the element carrying the attribute
 * @param attribute - the attribute's name
 */
function isOptionKey(element: ElementNode, attribute: string): boolean {
	return element.tag === 'NcSelect' && attribute === 'label'
}

/**
 * The plain literals people would see in a Vue template: text nodes and read attributes
 *
 * @param source - the .vue file's content
 */
export function vueLiterals(source: string): string[] {
	const { descriptor } = parse(source)
	const ast = descriptor.template?.ast as RootNode | undefined
	const found: string[] = []
	const visit = (node: RootNode | TemplateChildNode): void => {
		if (node.type === NodeTypes.TEXT && WORDS.test(node.content)) {
			found.push(`line ${node.loc.start.line}: text "${node.content.trim()}"`)
		}
		if (node.type === NodeTypes.ELEMENT) {
			for (const attribute of (node as ElementNode).props) {
				if (attribute.type === NodeTypes.ATTRIBUTE && READ_ATTRIBUTES.has(attribute.name.toLowerCase())
					&& !isOptionKey(node as ElementNode, attribute.name)
					&& WORDS.test((attribute as AttributeNode).value?.content ?? '')) {
					found.push(`line ${attribute.loc.start.line}: ${attribute.name}="${(attribute as AttributeNode).value?.content}"`)
				}
			}
		}
		if ('children' in node) {
			for (const child of node.children as TemplateChildNode[]) {
				visit(child)
			}
		}
	}
	if (ast !== undefined) {
		visit(ast)
	}
	return found
}

/**
 * The plain literals of a PHP template: HTML text and read attributes outside <?php ?>
 *
 * @param source - the template's content
 */
export function phpTemplateLiterals(source: string): string[] {
	const html = source.replace(/<\?(php|=)[\s\S]*?(\?>|$)/g, (block) => block.replace(/[^\n]/g, ' '))
	const found: string[] = []
	for (const match of html.matchAll(/>([^<]+)</g)) {
		if (WORDS.test(match[1] as string)) {
			found.push(`line ${html.slice(0, match.index).split('\n').length}: text "${(match[1] as string).trim()}"`)
		}
	}
	for (const match of html.matchAll(/\s([\w-]+)\s*=\s*(["'])([^"']*)\2/g)) {
		if (READ_ATTRIBUTES.has((match[1] as string).toLowerCase()) && WORDS.test(match[3] as string)) {
			found.push(`line ${html.slice(0, match.index).split('\n').length}: ${match[1]}="${match[3]}"`)
		}
	}
	return found
}

/**
 * Plain-DOM code (the password page's button) setting visible text from a literal
 *
 * @param source - a .ts file's content
 */
export function domLiterals(source: string): string[] {
	const found: string[] = []
	const pattern = /(?:\.(?:textContent|innerText|title|placeholder|ariaLabel)\s*=\s*|setAttribute\(\s*'(?:aria-label|title|placeholder|alt)'\s*,\s*)(['"`])([^'"`]*)\1/g
	for (const match of source.matchAll(pattern)) {
		if (WORDS.test(match[2] as string)) {
			found.push(`line ${source.slice(0, match.index).split('\n').length}: ${match[0]}`)
		}
	}
	return found
}

describe('every user-visible string goes through t() / n() or IL10N', () => {
	const root = REPOSITORY_ROOT

	test('no plain literal in our Vue templates', () => {
		const files = filesUnder(join(root, 'src'), /\.vue$/)
		expect(files.length).toBeGreaterThan(5)
		const offending = files.flatMap((file) => vueLiterals(readFileSync(file, 'utf8')).map((what) => `${relative(root, file)} ${what}`))
		expect(offending).toEqual([])
	})

	test('no plain literal in our PHP templates', () => {
		const files = filesUnder(join(root, 'templates'), /\.php$/) as string[]
		expect(files.length).toBeGreaterThan(0)
		const offending = files.flatMap((file) => phpTemplateLiterals(readFileSync(file, 'utf8')).map((what) => `${relative(root, file)} ${what}`))
		expect(offending).toEqual([])
	})

	test('no plain literal set as text or label by plain-DOM code', () => {
		const files = filesUnder(join(root, 'src'), /\.ts$/) as string[]
		const offending = files.flatMap((file) => domLiterals(readFileSync(file, 'utf8')).map((what) => `${relative(root, file)} ${what}`))
		expect(offending).toEqual([])
	})

	test('the checks find what they look for', () => {
		const vue = '<template><div title="Hello" :aria-label="t(\'video_verification\', \'Ok\')"><span>Call now</span><p>{{ t(\'video_verification\', \'Fine\') }} · 3</p><NcButton label="Close" /></div></template>'
		expect(vueLiterals(vue)).toEqual(['line 1: title="Hello"', 'line 1: text "Call now"', 'line 1: label="Close"'])
		expect(phpTemplateLiterals('<div id="x" title="Settings"><?php p($l->t(\'Fine\')); ?></div><p>Not translated</p>'))
			.toEqual(['line 1: text "Not translated"', 'line 1: title="Settings"'])
		expect(domLiterals('button.textContent = \'Request\'\nhint.textContent = t(\'video_verification\', \'Ok\')')).toEqual(['line 1: .textContent = \'Request\''])
	})

	test('every t() and n() call can be extracted into the translation template', () => {
		const { entries, problems } = extract(sourceFiles(root), root)
		expect(problems).toEqual([])
		expect(entries.length).toBeGreaterThan(50)
		const pot = toPot(entries)
		expect(pot).toContain('msgid "Request password"')
		expect(pot).toMatch(/msgid "%n second"\nmsgid_plural "%n seconds"/)
		// From PHP too
		expect(entries.some((entry) => entry.references.some((reference) => reference.startsWith('lib/')))).toBe(true)
	})
})

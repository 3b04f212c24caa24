/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/*
 * Collects the translatable strings of the app into a gettext template, as Nextcloud's
 * translation tooling expects it: translationfiles/templates/video_verification.pot.
 * The translation service turns the translated .po files into l10n/<lang>.js and .json.
 *
 *   node scripts/l10n/extractStrings.mjs        (make l10n)
 *
 * PHP: $l->t('…'), $this->l10n->t('…'), $this->l->t('…'), ->n('…', '…', $count)
 * TS and Vue: t('video_verification', '…'), n('video_verification', '…', '…', count)
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

export const APP_ID = 'video_verification'
export const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
export const POT_FILE = join(REPOSITORY_ROOT, 'translationfiles/templates', `${APP_ID}.pot`)

/** A string literal in PHP or JS: '…', "…" (no interpolation in PHP double quotes is allowed) */
const LITERAL = String.raw`'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"`
const PHP_CALL = new RegExp(String.raw`->(t|n)\(\s*(${LITERAL})(?:\s*,\s*(${LITERAL}))?`, 'g')
const JS_CALL = new RegExp(String.raw`(?<![\w.$])(t|n)\(\s*(${LITERAL})\s*,\s*(${LITERAL}|\x60)(?:\s*,\s*(${LITERAL}))?`, 'g')

/**
 * @typedef {{ msgid: string, plural: string | null, references: string[] }} Entry
 * @typedef {{ file: string, line: number, problem: string }} Problem
 */

/**
 * @param {string} literal - a quoted PHP or JS string literal
 * @return {string} its value
 */
function unquote(literal) {
	const quote = literal[0]
	const body = literal.slice(1, -1)
	return body.replace(/\\(.)/g, (_, character) => {
		if (quote === '"' && character === 'n') {
			return '\n'
		}
		return character
	})
}

/**
 * @param {string} directory - folder to walk
 * @param {RegExp} pattern - file names to keep
 * @return {string[]} the files, sorted
 */
export function filesUnder(directory, pattern) {
	const found = []
	for (const name of readdirSync(directory).sort()) {
		const path = join(directory, name)
		if (statSync(path).isDirectory()) {
			found.push(...filesUnder(path, pattern))
		} else if (pattern.test(name)) {
			found.push(path)
		}
	}
	return found
}

/**
 * @param {string} root - the repository
 * @return {string[]} the files whose strings ship
 */
export function sourceFiles(root = REPOSITORY_ROOT) {
	return [
		...filesUnder(join(root, 'lib'), /\.php$/),
		...filesUnder(join(root, 'templates'), /\.php$/),
		...filesUnder(join(root, 'src'), /\.(ts|vue)$/),
	]
}

/**
 * @param {string} text - the source
 * @param {number} index - an offset in it
 * @return {number} the line of the offset, from 1
 */
function lineAt(text, index) {
	return text.slice(0, index).split('\n').length
}

/**
 * @param {string[]} files - absolute paths
 * @param {string} root - paths in references are relative to it
 * @return {{ entries: Entry[], problems: Problem[] }} the strings, and calls that cannot be extracted
 */
export function extract(files, root = REPOSITORY_ROOT) {
	/** @type {Map<string, Entry>} */
	const entries = new Map()
	/** @type {Problem[]} */
	const problems = []
	const add = (msgid, plural, reference) => {
		const key = `${msgid}\u0000${plural ?? ''}`
		const entry = entries.get(key) ?? { msgid, plural, references: [] }
		entry.references.push(reference)
		entries.set(key, entry)
	}
	for (const file of files) {
		const text = readFileSync(file, 'utf8')
		const path = relative(root, file)
		if (file.endsWith('.php')) {
			for (const match of text.matchAll(PHP_CALL)) {
				const [, kind, first, second] = match
				const line = lineAt(text, match.index)
				if (kind === 'n' && second === undefined) {
					problems.push({ file: path, line, problem: 'n() needs a singular and a plural literal' })
					continue
				}
				add(unquote(first), kind === 'n' ? unquote(second) : null, `${path}:${line}`)
			}
			continue
		}
		for (const match of text.matchAll(JS_CALL)) {
			const [, kind, app, first, second] = match
			const line = lineAt(text, match.index)
			if (unquote(app) !== APP_ID) {
				problems.push({ file: path, line, problem: `${kind}() with the app id ${app} instead of '${APP_ID}'` })
				continue
			}
			if (first === '`') {
				problems.push({ file: path, line, problem: `${kind}() with a template literal: use a plain string and placeholders` })
				continue
			}
			if (kind === 'n' && second === undefined) {
				problems.push({ file: path, line, problem: 'n() needs a singular and a plural literal' })
				continue
			}
			add(unquote(first), kind === 'n' ? unquote(second) : null, `${path}:${line}`)
		}
		// A t( or n( call of ours whose text is no literal cannot be translated
		for (const match of text.matchAll(/(?<![\w.$])(t|n)\(\s*'video_verification'\s*,\s*(?!['"])([^\s,)]+)/g)) {
			problems.push({ file: path, line: lineAt(text, match.index), problem: `${match[1]}() with the text ${match[2]}, not a literal` })
		}
	}
	return { entries: [...entries.values()].sort((a, b) => a.msgid.localeCompare(b.msgid)), problems }
}

/**
 * @param {string} value - a msgid
 * @return {string} it as a PO string
 */
function poString(value) {
	return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`
}

/**
 * @param {Entry[]} entries - the strings
 * @return {string} the gettext template
 */
export function toPot(entries) {
	const header = [
		'# SPDX-FileCopyrightText: 2026 Video Verification contributors',
		'# SPDX-License-Identifier: AGPL-3.0-or-later',
		'msgid ""',
		'msgstr ""',
		`"Project-Id-Version: ${APP_ID}\\n"`,
		'"Content-Type: text/plain; charset=UTF-8\\n"',
		'"Content-Transfer-Encoding: 8bit\\n"',
		'"Plural-Forms: nplurals=2; plural=(n != 1);\\n"',
		'',
	]
	const body = entries.map((entry) => [
		...entry.references.map((reference) => `#: ${reference}`),
		...(/%n|\{\w+\}|%s|%d/.test(entry.msgid) ? ['#, php-format'] : []),
		`msgid ${poString(entry.msgid)}`,
		...(entry.plural === null
			? ['msgstr ""']
			: [`msgid_plural ${poString(entry.plural)}`, 'msgstr[0] ""', 'msgstr[1] ""']),
		'',
	].join('\n'))
	return `${header.join('\n')}\n${body.join('\n')}`
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const { entries, problems } = extract(sourceFiles())
	for (const { file, line, problem } of problems) {
		process.stderr.write(`${file}:${line}: ${problem}\n`)
	}
	mkdirSync(join(POT_FILE, '..'), { recursive: true })
	writeFileSync(POT_FILE, toPot(entries))
	process.stdout.write(`${entries.length} strings → ${relative(REPOSITORY_ROOT, POT_FILE)}\n`)
	process.exitCode = problems.length > 0 ? 1 : 0
}

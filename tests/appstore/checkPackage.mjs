/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Checks the App Store tarball as Nextcloud would use it: the app folder with what the server
 * needs (info.xml, lib, templates, every script and style the PHP code registers, every chunk
 * those scripts import), nothing of the development tree, and one version everywhere.
 * Usage: node tests/appstore/checkPackage.mjs build/artifacts/video_verification.tar.gz
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'

const APP_ID = 'video_verification'
const REQUIRED = ['appinfo/info.xml', 'lib/AppInfo/Application.php', 'lib/Vendor/TFpdf/tFPDF.php', 'lib/Vendor/TFpdf/TTFontFile.php', 'lib/Vendor/TFpdf/font/unifont/DejaVuSans.ttf', 'lib/Vendor/TFpdf/font/unifont/LICENSE-DejaVu.txt', 'lib/Vendor/TFpdf/font/courier.php', 'templates', 'img/app.svg', 'openapi.json', 'README.md', 'CHANGELOG.md', 'COPYING']
const FORBIDDEN = [/^src\//, /^tests\//, /^node_modules\//, /^vendor\//, /^build\//, /^\.git/, /\.map$/, /^js\/\.built$/, /^(package(-lock)?|composer)\.json$/, /^Makefile$/, /^vite[^/]*\.ts$/, /^l10n\/README\.md$/]

const tarball = process.argv[2]
if (tarball === undefined) {
	fail('usage: checkPackage.mjs <tarball>')
}
const problems = []
const root = mkdtempSync(join(tmpdir(), 'vv-package-'))
try {
	execFileSync('tar', ['-xzf', tarball, '-C', root])
	const tops = readdirSync(root)
	if (tops.length !== 1 || tops[0] !== APP_ID) {
		fail(`the tarball must hold exactly one folder "${APP_ID}", found: ${tops.join(', ')}`)
	}
	const app = join(root, APP_ID)
	const files = listFiles(app).map((file) => relative(app, file))

	for (const path of REQUIRED) {
		if (!files.some((file) => file === path || file.startsWith(`${path}/`))) {
			problems.push(`missing: ${path}`)
		}
	}
	for (const file of files) {
		if (FORBIDDEN.some((pattern) => pattern.test(file))) {
			problems.push(`does not belong in a release: ${file}`)
		}
	}
	for (const asset of registeredAssets(app)) {
		if (!files.includes(asset)) {
			problems.push(`registered by the PHP code but not shipped: ${asset}`)
		}
	}
	for (const file of files.filter((name) => name.startsWith('js/') && name.endsWith('.mjs'))) {
		for (const imported of relativeImports(readFileSync(join(app, file), 'utf8'))) {
			const target = join('js', imported)
			if (!files.includes(target)) {
				problems.push(`${file} imports ${imported}, which is not shipped`)
			}
		}
	}
	problems.push(...unprefixedVendorCode(app, files))
	const infoVersion = /<version>([^<]+)<\/version>/.exec(readFileSync(join(app, 'appinfo/info.xml'), 'utf8'))?.[1]
	const packageVersion = JSON.parse(readFileSync('package.json', 'utf8')).version
	if (infoVersion !== packageVersion) {
		problems.push(`info.xml says version ${infoVersion}, package.json ${packageVersion}`)
	}
	if (!readFileSync(join(app, 'CHANGELOG.md'), 'utf8').includes(`## ${infoVersion} `)) {
		problems.push(`CHANGELOG.md has no section for ${infoVersion}`)
	}

	if (problems.length > 0) {
		fail(problems.join('\n'))
	}
	const size = statSync(tarball).size
	process.stdout.write(`${tarball}: ${files.length} files, ${(size / 1024).toFixed(1)} KiB, version ${infoVersion}: fine\n`)
} finally {
	rmSync(root, { recursive: true, force: true })
}

/**
 * @param {string} folder
 * @return {string[]}
 */
function listFiles(folder) {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name)
		return entry.isDirectory() ? listFiles(path) : [path]
	})
}

/**
 * The js/ and css/ files that Util::addScript, addInitScript and addStyle name in lib/.
 *
 * @param {string} app the unpacked app folder
 * @return {string[]}
 */
function registeredAssets(app) {
	const assets = new Set()
	for (const file of listFiles(join(app, 'lib')).filter((name) => name.endsWith('.php'))) {
		const source = readFileSync(file, 'utf8')
		for (const match of source.matchAll(/Util::add(Script|InitScript|Style)\(Application::APP_ID, Application::APP_ID \. '([^']+)'\)/g)) {
			const name = `${APP_ID}${match[2]}`
			assets.add(match[1] === 'Style' ? `css/${name}.css` : `js/${name}.mjs`)
		}
	}
	if (assets.size === 0) {
		problems.push('no Util::addScript/addStyle found in lib/: the check has lost its way')
	}
	return [...assets]
}

/**
 * The PDF library must ship only under our namespace (scripts/vendor/prefix-tfpdf.php): a
 * class or a define() in the global namespace would clash with another app's copy.
 *
 * @param {string} app the unpacked app folder
 * @param {string[]} files its files, relative
 * @return {string[]} the problems found
 */
function unprefixedVendorCode(app, files) {
	const found = []
	for (const file of files.filter((name) => name.startsWith('lib/Vendor/') && name.endsWith('.php'))) {
		const source = readFileSync(join(app, file), 'utf8')
		const declaresSymbols = /^\s*(abstract\s+|final\s+)?(class|interface|trait|function)\s+\w+/m.test(source) || /\bdefine\s*\(/.test(source)
		if (declaresSymbols && !/^namespace OCA\\VideoVerification\\Vendor\\\w+;$/m.test(source)) {
			found.push(`${file} declares a global class, function or constant: the library must be prefixed`)
		}
		if (/\bdefine\s*\(/.test(source)) {
			found.push(`${file} defines a global constant`)
		}
	}
	return found
}

/**
 * @param {string} code a built module
 * @return {string[]} the ./ paths it imports, statically or dynamically
 */
function relativeImports(code) {
	const found = new Set()
	for (const match of code.matchAll(/(?:from|import)\s*\(?\s*["']\.\/([^"']+)["']/g)) {
		found.add(match[1])
	}
	return [...found]
}

/**
 * @param {string} message
 */
function fail(message) {
	process.stderr.write(`${message}\n`)
	process.exit(1)
}

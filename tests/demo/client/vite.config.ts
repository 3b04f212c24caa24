/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { OutputAsset, OutputBundle, OutputChunk } from 'rollup'
import type { Plugin } from 'vite'

import vue from '@vitejs/plugin-vue'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { nodePolyfills } from 'vite-plugin-node-polyfills'

const clientDir = fileURLToPath(new URL('.', import.meta.url))
const outDir = resolve(clientDir, '..', 'public', 'build')

const entries = {
	'files-host': join(clientDir, 'files-host.ts'),
	'files-public': join(clientDir, 'files-public.ts'),
	notifications: join(clientDir, 'notifications.ts'),
	'talk-call': join(clientDir, 'talk-call.ts'),
}

/**
 * The demo pages link exactly `<entry>.css` next to `<entry>.mjs`, while Rollup
 * splits the CSS of modules shared by both entries into extra files. Merge every
 * CSS file an entry needs (its own and its imported chunks') into `<entry>.css`.
 */
function oneStylesheetPerEntry(): Plugin {
	return {
		name: 'demo-one-stylesheet-per-entry',
		enforce: 'post',
		generateBundle(_options, bundle: OutputBundle) {
			const chunks = Object.values(bundle).filter((item): item is OutputChunk => item.type === 'chunk')
			const byFileName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
			const cssOf = (chunk: OutputChunk, seen: Set<string>, css: string[]): void => {
				if (seen.has(chunk.fileName)) {
					return
				}
				seen.add(chunk.fileName)
				for (const imported of chunk.imports) {
					const importedChunk = byFileName.get(imported)
					if (importedChunk) {
						cssOf(importedChunk, seen, css)
					}
				}
				for (const cssFile of chunk.viteMetadata?.importedCss ?? []) {
					if (!css.includes(cssFile)) {
						css.push(cssFile)
					}
				}
			}
			const consumed = new Set<string>()
			for (const chunk of chunks.filter((item) => item.isEntry)) {
				const cssFiles: string[] = []
				cssOf(chunk, new Set(), cssFiles)
				const source = cssFiles
					.map((file) => String((bundle[file] as OutputAsset).source))
					.join('\n')
				cssFiles.forEach((file) => consumed.add(file))
				this.emitFile({ type: 'asset', fileName: `${chunk.name}.css`, source })
			}
			for (const file of consumed) {
				delete bundle[file]
			}
		},
	}
}

export default defineConfig({
	root: clientDir,
	// The node polyfills @nextcloud/vite-config gives every app build (files_sharing's too):
	// @nextcloud/files' WebDAV client pulls in sax, which requires 'stream'
	plugins: [vue(), nodePolyfills({ include: ['stream'], protocolImports: true }), oneStylesheetPerEntry()],
	define: {
		'process.env.NODE_ENV': JSON.stringify('production'),
	},
	build: {
		outDir,
		emptyOutDir: true,
		target: 'es2022',
		cssCodeSplit: true,
		sourcemap: false,
		rollupOptions: {
			input: entries,
			preserveEntrySignatures: 'allow-extension',
			output: {
				format: 'es',
				entryFileNames: '[name].mjs',
				chunkFileNames: 'chunks/[name]-[hash].mjs',
				assetFileNames: 'assets/[name]-[hash][extname]',
			},
		},
	},
})

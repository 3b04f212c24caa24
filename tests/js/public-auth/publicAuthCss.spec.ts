/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// Read from disk (Vitest runs from the project root): it hands CSS imports to tests as empty modules
const css = readFileSync(resolve('src/public-auth/public-auth.css'), 'utf8')

describe('password page styles', () => {
	it('hide Talk\'s own "Request password" button and sidebar', () => {
		document.head.innerHTML = `<style>${css}</style>`
		document.body.innerHTML = `
			<div id="guest-content-vue"><form></form><div id="talk-public-share-auth"><button id="request-password-button">Request password</button></div></div>
			<div id="talk-public-share-auth-sidebar"><aside id="talk-sidebar"></aside></div>`

		for (const id of ['talk-public-share-auth', 'talk-public-share-auth-sidebar', 'talk-sidebar']) {
			expect(getComputedStyle(document.getElementById(id)!).display).toBe('none')
		}
		expect(getComputedStyle(document.querySelector('form')!).display).not.toBe('none')
		document.head.innerHTML = ''
	})
})

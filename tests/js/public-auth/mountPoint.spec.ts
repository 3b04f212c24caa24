/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it } from 'vitest'
import { findMountPoint, keepPlaced } from '../../../src/public-auth/mountPoint.ts'

/** Let MutationObserver callbacks run */
const observed = () => new Promise((resolve) => setTimeout(resolve, 0))

const FORM = '<form><input type="password" name="password"></form>'

describe('findMountPoint', () => {
	it('prefers the Vue page of Nextcloud 33/34', () => {
		document.body.innerHTML = `<div class="guest-box"><div id="core-public-share-auth"><div id="guest-content-vue">${FORM}</div></div></div>`

		expect(findMountPoint()?.id).toBe('guest-content-vue')
	})

	it('falls back to the container of Nextcloud 35', () => {
		document.body.innerHTML = `<div id="core-public-share-auth" class="guest-box">${FORM}</div>`

		expect(findMountPoint()?.id).toBe('core-public-share-auth')
	})

	it('falls back to the guest box of older templates', () => {
		document.body.innerHTML = `<main><div class="guest-box">${FORM}</div></main>`

		expect(findMountPoint()?.className).toBe('guest-box')
	})

	it('finds nothing on another page', () => {
		document.body.innerHTML = '<div id="content"></div>'

		expect(findMountPoint()).toBeNull()
	})
})

describe('keepPlaced', () => {
	it('appends the element after the password form', () => {
		document.body.innerHTML = `<div id="guest-content-vue">${FORM}</div>`
		const element = document.createElement('div')

		const stop = keepPlaced(element)

		expect(document.getElementById('guest-content-vue')!.lastElementChild).toBe(element)
		stop()
	})

	it('waits for a mount point that appears later', async () => {
		document.body.innerHTML = '<div id="app"></div>'
		const element = document.createElement('div')
		const stop = keepPlaced(element)
		expect(element.isConnected).toBe(false)

		document.getElementById('app')!.innerHTML = `<div id="guest-content-vue">${FORM}</div>`
		await observed()

		expect(element.parentElement?.id).toBe('guest-content-vue')
		stop()
	})

	it('puts the element back when the page renders over it', async () => {
		document.body.innerHTML = `<div id="core-public-share-auth">${FORM}</div>`
		const element = document.createElement('div')
		const stop = keepPlaced(element)
		expect(element.parentElement?.id).toBe('core-public-share-auth')

		// The page's Vue app mounts into the container and replaces its content
		document.getElementById('core-public-share-auth')!.innerHTML = `<div id="guest-content-vue">${FORM}</div>`
		await observed()

		expect(element.parentElement?.id).toBe('guest-content-vue')
		stop()
	})

	it('stops watching when asked', async () => {
		document.body.innerHTML = '<div id="app"></div>'
		const element = document.createElement('div')
		keepPlaced(element)()

		document.getElementById('app')!.innerHTML = '<div class="guest-box"></div>'
		await observed()

		expect(element.isConnected).toBe(false)
	})
})

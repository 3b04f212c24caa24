/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it, vi } from 'vitest'
import { createRequestButton } from '../../../src/public-auth/requestButton.ts'

describe('createRequestButton', () => {
	it('is a described button named "Request password"', () => {
		const { root, button } = createRequestButton(vi.fn())
		document.body.appendChild(root)

		expect(button.tagName).toBe('BUTTON')
		expect(button.type).toBe('button')
		expect(button.textContent).toBe('Request password')
		expect(button.getAttribute('aria-expanded')).toBe('false')
		const hint = document.getElementById(button.getAttribute('aria-describedby')!)
		expect(hint?.textContent).toBe('Call the person who shared this file on video to get access.')
	})

	it('runs the action on click', () => {
		const onClick = vi.fn()
		const { button } = createRequestButton(onClick)

		button.click()

		expect(onClick).toHaveBeenCalledTimes(1)
	})

	it('shows and clears an error as an alert', () => {
		const request = createRequestButton(vi.fn())
		const alert = request.root.querySelector('[role="alert"]') as HTMLElement
		expect(alert.hidden).toBe(true)

		request.setError('Could not load.')
		expect(alert.hidden).toBe(false)
		expect(alert.textContent).toBe('Could not load.')

		request.setError(null)
		expect(alert.hidden).toBe(true)
		expect(alert.textContent).toBe('')
	})

	it('reflects busy and expanded states', () => {
		const request = createRequestButton(vi.fn())

		request.setBusy(true)
		expect(request.button.disabled).toBe(true)
		expect(request.button.getAttribute('aria-busy')).toBe('true')
		request.setBusy(false)
		expect(request.button.disabled).toBe(false)

		request.setExpanded(true, 'the-sidebar')
		expect(request.button.getAttribute('aria-expanded')).toBe('true')
		expect(request.button.getAttribute('aria-controls')).toBe('the-sidebar')
		request.setExpanded(false)
		expect(request.button.getAttribute('aria-expanded')).toBe('false')
	})
})

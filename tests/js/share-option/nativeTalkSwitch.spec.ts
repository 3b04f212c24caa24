/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { afterEach, describe, expect, it } from 'vitest'
import { hideNativeTalkSwitch } from '../../../src/share-option/nativeTalkSwitch.ts'

/**
 * A switch as NcCheckboxRadioSwitch renders it
 *
 * @param label - its text
 * @param description - its description, if any
 */
function nativeSwitch(label: string, description = ''): string {
	return '<span class="checkbox-radio-switch"><input type="checkbox"><span class="checkbox-content">'
		+ `<span class="checkbox-content__text">${label}</span>`
		+ (description ? `<span class="checkbox-content__description">${description}</span>` : '')
		+ '</span></span>'
}

/** files_sharing's share details with its advanced settings and our option at the end */
function details(): { root: HTMLElement, option: HTMLElement } {
	document.body.innerHTML = `<div class="sharingTabDetailsView"><section class="advanced">
		${nativeSwitch('Set password')}
		${nativeSwitch('Video verification')}
		${nativeSwitch('Hide download')}
		<div class="external-action"><div class="video-verification-option">${nativeSwitch('Video verification', 'ours, labelled alike in a test')}</div></div>
	</section></div>`
	return {
		root: document.querySelector<HTMLElement>('.sharingTabDetailsView')!,
		option: document.querySelector<HTMLElement>('.video-verification-option')!,
	}
}

/** @param root - the share details */
function visibleLabels(root: HTMLElement): string[] {
	return [...root.querySelectorAll<HTMLElement>('.checkbox-radio-switch')]
		.filter((element) => element.style.display !== 'none')
		.map((element) => element.querySelector('.checkbox-content__text')?.textContent ?? '')
}

const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

describe('hideNativeTalkSwitch', () => {
	afterEach(() => {
		document.body.innerHTML = ''
	})

	it('hides only files_sharing\'s own "Video verification" switch, not ours or any other', () => {
		const { root, option } = details()

		hideNativeTalkSwitch(option, 'Video verification')

		expect(visibleLabels(root)).toEqual(['Set password', 'Hide download', 'Video verification'])
		expect(option.querySelector<HTMLElement>('.checkbox-radio-switch')!.style.display).toBe('')
	})

	it('hides it again when the dialog renders it anew, and shows it again when undone', async () => {
		const { root, option } = details()
		const undo = hideNativeTalkSwitch(option, 'Video verification')

		root.querySelector('section')!.insertAdjacentHTML('afterbegin', nativeSwitch('Video verification'))
		await flush()
		expect(visibleLabels(root)).toEqual(['Set password', 'Hide download', 'Video verification'])

		undo()
		expect(visibleLabels(root)).toEqual(['Video verification', 'Set password', 'Video verification', 'Hide download', 'Video verification'])
		root.querySelector('section')!.insertAdjacentHTML('afterbegin', nativeSwitch('Video verification'))
		await flush()
		expect(visibleLabels(root)).toHaveLength(6)
	})

	it('matches the label as translated on the page, and does nothing outside the share details', () => {
		const { root, option } = details()
		hideNativeTalkSwitch(option, 'Videoüberprüfung')
		expect(visibleLabels(root)).toHaveLength(4)

		const outside = document.createElement('div')
		document.body.append(outside)
		expect(() => hideNativeTalkSwitch(outside, 'Video verification')()).not.toThrow()
		expect(visibleLabels(root)).toHaveLength(4)
	})
})

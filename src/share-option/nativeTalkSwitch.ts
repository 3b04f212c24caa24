/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/** files_sharing's share details (apps/files_sharing/src/views/SharingDetailsTab.vue) */
const DETAILS_SELECTOR = '.sharingTabDetailsView'
/** Every switch there is an NcCheckboxRadioSwitch; ours are inside our own element */
const SWITCH_SELECTOR = '.checkbox-radio-switch'
const OWN_SELECTOR = '.video-verification-option'
const HIDDEN_MARK = 'videoVerificationHidden'

/**
 * Hide files_sharing's own "Video verification" switch while our option is shown in the
 * same share details, and keep it hidden when the dialog re-renders.
 *
 * That switch (SharingDetailsTab.vue: an NcCheckboxRadioSwitch on `share.sendPasswordByTalk`,
 * shown whenever the share has a password and Talk is enabled) sets the same flag as our
 * "Password via Talk", which turns it on or off with the verification: two switches for one
 * thing. `@nextcloud/sharing`'s sidebar-action API lets an app add to the advanced settings but
 * not remove anything, and the switch has no class or id of its own, so it is found by its
 * label as files_sharing translates it. If files_sharing changes its markup the switch simply
 * shows again; nothing breaks.
 *
 * @param from - an element of our option, inside the share details
 * @param label - files_sharing's label of the switch, translated as on the page
 * @return undo: show the switch again and stop watching
 */
export function hideNativeTalkSwitch(from: Element, label: string): () => void {
	const details = from.closest(DETAILS_SELECTOR)
	if (details === null) {
		return () => {}
	}
	const hide = (): void => {
		for (const element of details.querySelectorAll<HTMLElement>(SWITCH_SELECTOR)) {
			if (element.closest(OWN_SELECTOR) !== null || element.dataset[HIDDEN_MARK] !== undefined) {
				continue
			}
			if (switchLabel(element) === label) {
				element.dataset[HIDDEN_MARK] = ''
				element.style.display = 'none'
			}
		}
	}
	hide()
	const observer = new MutationObserver(hide)
	observer.observe(details, { childList: true, subtree: true })
	return () => {
		observer.disconnect()
		for (const element of details.querySelectorAll<HTMLElement>('[data-video-verification-hidden]')) {
			delete element.dataset[HIDDEN_MARK]
			element.style.removeProperty('display')
		}
	}
}

/**
 * The visible text of a switch: its label without the description
 *
 * @param element - the switch's root
 */
function switchLabel(element: HTMLElement): string {
	const text = element.querySelector('.checkbox-content__text') ?? element
	return (text.textContent ?? '').trim()
}

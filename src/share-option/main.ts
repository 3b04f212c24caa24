/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { getSidebarActions, getSidebarSections, registerSidebarAction, registerSidebarSection } from '@nextcloud/sharing/ui'
import { defineAsyncComponent, defineCustomElement } from 'vue'
import { SECTION_ELEMENT_NAME, sidebarSection } from '../sharing-section/sidebarSection.ts'
import { ELEMENT_NAME, sidebarAction } from './sidebarAction.ts'

// The Files app is Vue 2: it can only host a Vue 3 component as a custom element.
// Without a shadow root our global CSS and @nextcloud/vue's styles apply.
// This script loads with every Files page, so the component itself (and its
// components, axios and dialogs) loads only when a share's details show it;
// properties the host sets before that are kept and handed over.
if (!window.customElements.get(ELEMENT_NAME)) {
	const ShareOption = defineAsyncComponent(() => import('./ShareOption.vue'))
	window.customElements.define(ELEMENT_NAME, defineCustomElement(ShareOption, { shadowRoot: false }))
}
// Loading the script twice must not break the Sharing tab
if (!getSidebarActions().some((action) => action.id === sidebarAction.id)) {
	registerSidebarAction(sidebarAction)
}

// The "Video verification" section of the Sharing tab: the requests and records of the node,
// loaded (with its dialogs) only when the tab shows it
if (!window.customElements.get(SECTION_ELEMENT_NAME)) {
	const SharingSection = defineAsyncComponent(() => import('../sharing-section/SharingSection.vue'))
	window.customElements.define(SECTION_ELEMENT_NAME, defineCustomElement(SharingSection, { shadowRoot: false }))
}
if (!getSidebarSections().some((section) => section.id === sidebarSection.id)) {
	registerSidebarSection(sidebarSection)
}

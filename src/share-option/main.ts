/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { getSidebarActions, registerSidebarAction } from '@nextcloud/sharing/ui'
import { defineAsyncComponent, defineCustomElement } from 'vue'
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

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { config } from '@vue/test-utils'
import { afterEach } from 'vitest'

// Nextcloud installed at the web server's root sets an empty webroot on every page
Object.assign(window, { _oc_webroot: '' })

// Under happy-dom, DOMPurify drops the <svg> root of @nextcloud/vue's inline icons,
// so NcIconSvgWrapper warns about every icon. That says nothing about our code.
config.global.config.warnHandler = (message, _instance, trace) => {
	if (message === 'SVG is not valid') {
		return
	}
	console.warn(`[Vue warn]: ${message}${trace}`)
}

// Every spec starts from an empty page: elements appended to body
// (sidebars, buttons, toasts) must not leak into the next test.
afterEach(() => {
	document.body.innerHTML = ''
})

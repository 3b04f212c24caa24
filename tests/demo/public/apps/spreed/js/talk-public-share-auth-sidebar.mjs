/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Stand-in for Talk's password page integration (spreed
 * src/integrations/filesPublicShareAuthSidebar.js): the same element ids, a button in the
 * guest box and a sidebar container on the body. It only has to be visible, so that the
 * demo shows which "Request password" a recipient gets.
 */
const guestBox = document.querySelector('#guest-content-vue') ?? document.querySelector('.guest-box')

const talkButtonContainer = document.createElement('div')
talkButtonContainer.id = 'talk-public-share-auth'
const button = document.createElement('button')
button.id = 'request-password-button'
button.className = 'request-password-button'
button.type = 'button'
button.textContent = 'Request password'
talkButtonContainer.append(button)
guestBox?.append(talkButtonContainer)

const sidebarContainer = document.createElement('div')
sidebarContainer.id = 'talk-public-share-auth-sidebar'
document.body.append(sidebarContainer)

button.addEventListener('click', () => {
	const aside = document.createElement('aside')
	aside.id = 'talk-sidebar'
	aside.textContent = 'Talk: this share is password-protected. The owner will tell you the password in a call.'
	sidebarContainer.replaceChildren(aside)
})

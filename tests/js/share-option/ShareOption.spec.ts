/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { VueWrapper } from '@vue/test-utils'
import type { ShareVerificationSettings } from '../../../src/api/types.ts'
import type { HostShare } from '../../../src/share-option/hostShare.ts'

import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import ShareOption from '../../../src/share-option/ShareOption.vue'

const mocks = vi.hoisted(() => ({
	get: vi.fn(),
	put: vi.fn(),
	showError: vi.fn(),
	showInfo: vi.fn(),
	state: {} as Record<string, unknown>,
}))

vi.mock('@nextcloud/axios', () => ({
	default: { get: mocks.get, put: mocks.put },
	isAxiosError: (error: { isAxiosError?: boolean }) => error?.isAxiosError === true,
}))

vi.mock('@nextcloud/dialogs', () => ({
	showError: mocks.showError,
	showInfo: mocks.showInfo,
}))

vi.mock('@nextcloud/initial-state', () => ({
	loadState: (app: string, key: string, fallback?: unknown) => {
		const value = mocks.state[`${app}/${key}`]
		if (value !== undefined) {
			return value
		}
		if (fallback !== undefined) {
			return fallback
		}
		throw new Error(`Could not find initial state ${key} of ${app}`)
	},
}))

const LINK = 3
const EMAIL = 4

/**
 * The settings answer of our API
 *
 * @param overrides - fields that differ from a share with verification off
 */
function settings(overrides: Partial<ShareVerificationSettings> = {}): ShareVerificationSettings {
	return {
		shareId: '42',
		enabled: false,
		mode: 'approve',
		enabledBy: null,
		enabledAt: null,
		passwordGenerated: false,
		talkAvailable: true,
		...overrides,
	}
}

const ocs = (data: unknown) => ({ data: { ocs: { meta: { status: 'ok', statuscode: 200 }, data } } })

/**
 * What axios throws for an OCS error answer
 *
 * @param status - HTTP status
 * @param error - machine code
 * @param message - translated text
 */
function ocsError(status: number, error: string, message: string) {
	return { isAxiosError: true, response: { status, data: { ocs: { meta: { status: 'failure', statuscode: status }, data: { error, message } } } } }
}

/**
 * Mount the option as the host does and capture its save callback
 *
 * @param share - the host's share
 */
async function mountOption(share: HostShare | undefined) {
	const onSave = vi.fn()
	const wrapper = mount(ShareOption, {
		props: { share, onSave },
		attachTo: document.body,
	})
	await flushPromises()
	const save = (): Promise<void> => onSave.mock.calls.at(-1)![0]()
	return { wrapper, onSave, save }
}

const switchInput = (wrapper: VueWrapper) => wrapper.get<HTMLInputElement>('input[role="switch"]')
const modeInput = (wrapper: VueWrapper, mode: string) => wrapper.get<HTMLInputElement>(`input[type="radio"][value="${mode}"]`)
const passwordInput = (wrapper: VueWrapper) => wrapper.find<HTMLInputElement>('input[type="password"]')

/**
 * Flip the switch as a click does
 *
 * @param wrapper - the mounted option
 */
async function toggle(wrapper: VueWrapper): Promise<void> {
	await switchInput(wrapper).trigger('change')
}

/**
 * Choose a release mode as a click does
 *
 * @param wrapper - the mounted option
 * @param mode - 'approve' or 'password'
 */
async function choose(wrapper: VueWrapper, mode: string): Promise<void> {
	await modeInput(wrapper, mode).trigger('change')
}

describe('ShareOption', () => {
	beforeEach(() => {
		mocks.get.mockReset()
		mocks.put.mockReset()
		mocks.showError.mockReset()
		mocks.showInfo.mockReset()
		// NcPasswordField reads the password policy from the capabilities
		mocks.state = { 'core/capabilities': {} }
	})

	describe('rendering', () => {
		it('shows the switch with its label and explanation', async () => {
			mocks.get.mockResolvedValue(ocs(settings()))
			const { wrapper } = await mountOption({ id: '42', type: LINK })

			expect(wrapper.text()).toContain('Password via Talk')
			const input = switchInput(wrapper)
			expect(input.element.checked).toBe(false)
			const description = document.getElementById(input.attributes('aria-describedby')!)
			expect(description?.textContent).toContain('The recipient must call you on Talk and be seen before the file opens')
			expect(wrapper.find('input[type="radio"]').exists()).toBe(false)
		})

		it('offers the two release modes, approve first and chosen', async () => {
			const { wrapper } = await mountOption({ id: '', type: LINK })
			await toggle(wrapper)

			expect(wrapper.text()).toContain('Approve in the call')
			expect(wrapper.text()).toContain('Tell the password in the call')
			expect(modeInput(wrapper, 'approve').element.checked).toBe(true)
			expect(modeInput(wrapper, 'password').element.checked).toBe(false)
			expect(wrapper.find('fieldset').exists()).toBe(true)
		})

		it('asks for the password only in password mode', async () => {
			const { wrapper } = await mountOption({ id: '', type: LINK })
			await toggle(wrapper)
			expect(passwordInput(wrapper).exists()).toBe(false)

			await choose(wrapper, 'password')
			expect(passwordInput(wrapper).exists()).toBe(true)
			expect(wrapper.text()).toContain('Password you will tell in the call')
		})
	})

	describe('loading', () => {
		it('loads and shows the saved state of an existing share', async () => {
			mocks.get.mockResolvedValue(ocs(settings({ enabled: true, mode: 'password' })))
			const { wrapper } = await mountOption({ id: 42, type: EMAIL, password: '$hash' })

			expect(mocks.get).toHaveBeenCalledTimes(1)
			expect(mocks.get.mock.calls[0]![0]).toMatch(/\/ocs\/v2\.php\/apps\/video_verification\/api\/v1\/shares\/42$/)
			expect(switchInput(wrapper).element.checked).toBe(true)
			expect(modeInput(wrapper, 'password').element.checked).toBe(true)
		})

		it('does not load for a share that is not saved yet', async () => {
			const { onSave } = await mountOption({ id: '', type: LINK })

			expect(mocks.get).not.toHaveBeenCalled()
			expect(onSave).toHaveBeenCalledTimes(1)
		})

		it('announces a failed load and locks the switch', async () => {
			mocks.get.mockRejectedValue(ocsError(404, 'share_not_found', 'The share does not exist.'))
			const { wrapper, save } = await mountOption({ id: '7', type: LINK })

			expect(mocks.showError).toHaveBeenCalledWith('The share does not exist.')
			expect(switchInput(wrapper).element.disabled).toBe(true)
			await save()
			expect(mocks.put).not.toHaveBeenCalled()
		})

		it('shows the reminder about a leftover random password', async () => {
			mocks.get.mockResolvedValue(ocs(settings({ enabled: false, passwordGenerated: true })))
			const { wrapper } = await mountOption({ id: '42', type: LINK, password: '$hash' })

			expect(wrapper.text()).toContain('The link still has a random password nobody knows. Set your own password or remove it.')
		})
	})

	describe('saving', () => {
		it('registers its callback with the host', async () => {
			mocks.get.mockResolvedValue(ocs(settings()))
			const { onSave } = await mountOption({ id: '42', type: LINK })

			expect(onSave).toHaveBeenCalledWith(expect.any(Function))
		})

		it('sends nothing when nothing changed', async () => {
			mocks.get.mockResolvedValue(ocs(settings({ enabled: true })))
			const { save } = await mountOption({ id: '42', type: LINK })

			await save()
			expect(mocks.put).not.toHaveBeenCalled()
		})

		it('sends nothing when the switch went back to the saved state', async () => {
			mocks.get.mockResolvedValue(ocs(settings()))
			const { wrapper, save } = await mountOption({ id: '42', type: LINK })
			await toggle(wrapper)
			await toggle(wrapper)

			await save()
			expect(mocks.put).not.toHaveBeenCalled()
		})

		it('turns verification on in approve mode', async () => {
			mocks.get.mockResolvedValue(ocs(settings()))
			mocks.put.mockResolvedValue(ocs(settings({ enabled: true, passwordGenerated: true, enabledBy: 'alice' })))
			const { wrapper, save } = await mountOption({ id: '42', type: LINK })
			await toggle(wrapper)

			await save()
			expect(mocks.put).toHaveBeenCalledTimes(1)
			expect(mocks.put.mock.calls[0]![0]).toMatch(/\/api\/v1\/shares\/42$/)
			expect(mocks.put.mock.calls[0]![1]).toEqual({ enabled: true, mode: 'approve' })
			expect(mocks.showError).not.toHaveBeenCalled()

			// saved: a second Save sends nothing
			await save()
			expect(mocks.put).toHaveBeenCalledTimes(1)
		})

		it('turns verification off', async () => {
			mocks.get.mockResolvedValue(ocs(settings({ enabled: true, mode: 'password' })))
			mocks.put.mockResolvedValue(ocs(settings({ enabled: false, mode: 'password' })))
			const { wrapper, save } = await mountOption({ id: '42', type: LINK, password: '$hash' })
			await toggle(wrapper)

			await save()
			expect(mocks.put.mock.calls[0]![1]).toEqual({ enabled: false, mode: 'password' })
			expect(mocks.showInfo).not.toHaveBeenCalled()
		})

		it('tells the sharer about the random password left after turning off', async () => {
			mocks.get.mockResolvedValue(ocs(settings({ enabled: true, passwordGenerated: true })))
			mocks.put.mockResolvedValue(ocs(settings({ enabled: false, passwordGenerated: true })))
			const { wrapper, save } = await mountOption({ id: '42', type: LINK, password: '$hash' })
			await toggle(wrapper)

			await save()
			const text = 'The link still has a random password nobody knows. Set your own password or remove it.'
			expect(mocks.showInfo).toHaveBeenCalledWith(text)
			await flushPromises()
			expect(wrapper.text()).toContain(text)
		})

		it('announces a failed save and rejects so the host knows', async () => {
			mocks.get.mockResolvedValue(ocs(settings()))
			const failure = ocsError(400, 'unsupported_share_type', 'Only link and e-mail shares can use video verification.')
			mocks.put.mockRejectedValue(failure)
			const { wrapper, save } = await mountOption({ id: '42', type: LINK })
			await toggle(wrapper)

			await expect(save()).rejects.toBe(failure)
			expect(mocks.showError).toHaveBeenCalledWith('Only link and e-mail shares can use video verification.')
		})

		it('uses a generic message when the server gave none', async () => {
			mocks.get.mockResolvedValue(ocs(settings()))
			mocks.put.mockRejectedValue(new Error('Network Error'))
			const { wrapper, save } = await mountOption({ id: '42', type: LINK })
			await toggle(wrapper)

			await expect(save()).rejects.toThrow('Network Error')
			expect(mocks.showError).toHaveBeenCalledWith('Could not save Password via Talk.')
		})
	})

	describe('a share not saved yet', () => {
		it('applies the choice with the id the host set after saving', async () => {
			mocks.put.mockResolvedValue(ocs(settings({ shareId: '99', enabled: true, passwordGenerated: true })))
			const { wrapper, save } = await mountOption({ id: '', type: LINK })
			await toggle(wrapper)

			// files_sharing replaces its share with the created one before running the callbacks
			await wrapper.setProps({ share: { id: '99', type: LINK } })
			await flushPromises()
			expect(mocks.get).not.toHaveBeenCalled()
			expect(switchInput(wrapper).element.checked).toBe(true)

			await save()
			expect(mocks.put.mock.calls[0]![0]).toMatch(/\/api\/v1\/shares\/99$/)
			expect(mocks.put.mock.calls[0]![1]).toEqual({ enabled: true, mode: 'approve' })
		})

		it('reads the id when the host filled in the same share object', async () => {
			mocks.put.mockResolvedValue(ocs(settings({ shareId: '100', enabled: true })))
			const share: HostShare = { id: null, type: EMAIL }
			const { wrapper, save } = await mountOption(share)
			await toggle(wrapper)

			share.id = 100
			await save()
			expect(mocks.put.mock.calls[0]![0]).toMatch(/\/api\/v1\/shares\/100$/)
		})

		it('refuses and explains when the host could not save the share', async () => {
			const { wrapper, save } = await mountOption({ id: '', type: LINK })
			await toggle(wrapper)

			await expect(save()).rejects.toThrow('Password via Talk was not saved because the share was not saved.')
			expect(mocks.showError).toHaveBeenCalledWith('Password via Talk was not saved because the share was not saved.')
			expect(mocks.put).not.toHaveBeenCalled()
		})

		it('does nothing when the sharer left the switch off', async () => {
			const { save } = await mountOption({ id: '', type: LINK })

			await save()
			expect(mocks.put).not.toHaveBeenCalled()
			expect(mocks.showError).not.toHaveBeenCalled()
		})
	})

	describe('password mode', () => {
		it('requires a new password for an e-mail share', async () => {
			mocks.get.mockResolvedValue(ocs(settings()))
			const { wrapper, save } = await mountOption({ id: '42', type: EMAIL, password: '$hash' })
			await toggle(wrapper)
			await choose(wrapper, 'password')

			expect(passwordInput(wrapper).element.required).toBe(true)
			expect(wrapper.text()).toContain('Required: an e-mail share needs a new password whenever this setting changes.')

			await expect(save()).rejects.toThrow('enter the password you will tell in the call')
			expect(mocks.showError).toHaveBeenCalledWith('Password via Talk was not saved: enter the password you will tell in the call.')
			expect(mocks.put).not.toHaveBeenCalled()
			await flushPromises()
			expect(passwordInput(wrapper).attributes('aria-invalid')).toBe('true')
		})

		it('sends the typed password', async () => {
			mocks.get.mockResolvedValue(ocs(settings()))
			mocks.put.mockResolvedValue(ocs(settings({ enabled: true, mode: 'password' })))
			const { wrapper, save } = await mountOption({ id: '42', type: EMAIL, password: '$hash' })
			await toggle(wrapper)
			await choose(wrapper, 'password')
			await passwordInput(wrapper).setValue('Blue horse 2026')

			await save()
			expect(mocks.put.mock.calls[0]![1]).toEqual({ enabled: true, mode: 'password', password: 'Blue horse 2026' })
			await flushPromises()
			expect(passwordInput(wrapper).element.value).toBe('')
		})

		it('requires a password for a link without one', async () => {
			mocks.get.mockResolvedValue(ocs(settings()))
			const { wrapper, save } = await mountOption({ id: '42', type: LINK, password: '' })
			await toggle(wrapper)
			await choose(wrapper, 'password')

			expect(wrapper.text()).toContain('Required: the share has no password you could tell.')
			await expect(save()).rejects.toThrow()
			expect(mocks.put).not.toHaveBeenCalled()
		})

		it('keeps the link password the sharer set', async () => {
			mocks.get.mockResolvedValue(ocs(settings()))
			mocks.put.mockResolvedValue(ocs(settings({ enabled: true, mode: 'password' })))
			const { wrapper, save } = await mountOption({ id: '42', type: LINK, password: '$hash' })
			await toggle(wrapper)
			await choose(wrapper, 'password')

			expect(passwordInput(wrapper).element.required).toBe(false)
			expect(wrapper.text()).toContain('Leave empty to keep the current password.')
			await save()
			expect(mocks.put.mock.calls[0]![1]).toEqual({ enabled: true, mode: 'password' })
		})

		it('accepts a password typed in the host dialog for a new link', async () => {
			mocks.put.mockResolvedValue(ocs(settings({ shareId: '5', enabled: true, mode: 'password' })))
			const share: HostShare = { id: '', type: LINK, newPassword: 'typed in the host' }
			const { wrapper, save } = await mountOption(share)
			await toggle(wrapper)
			await choose(wrapper, 'password')

			Object.assign(share, { id: '5', password: '$hash', newPassword: undefined })
			await save()
			expect(mocks.put.mock.calls[0]![1]).toEqual({ enabled: true, mode: 'password' })
		})
	})

	describe('without Talk', () => {
		it('is disabled with an explanation when Talk is not available', async () => {
			mocks.state['video_verification/talk_available'] = false
			const { wrapper } = await mountOption({ id: '', type: LINK })

			const input = switchInput(wrapper)
			expect(input.element.disabled).toBe(true)
			const description = document.getElementById(input.attributes('aria-describedby')!)
			expect(description?.textContent).toContain('Nextcloud Talk is not available to you, so this cannot be turned on.')
		})

		it('follows the API when it says Talk is not available', async () => {
			mocks.get.mockResolvedValue(ocs(settings({ talkAvailable: false })))
			const { wrapper } = await mountOption({ id: '42', type: LINK })

			expect(switchInput(wrapper).element.disabled).toBe(true)
		})

		it('still lets the sharer turn off a share that has it on', async () => {
			mocks.get.mockResolvedValue(ocs(settings({ enabled: true, talkAvailable: false })))
			const { wrapper } = await mountOption({ id: '42', type: LINK })

			expect(switchInput(wrapper).element.disabled).toBe(false)
		})

		it('locks the switch when saving finds Talk gone', async () => {
			mocks.get.mockResolvedValue(ocs(settings()))
			mocks.put.mockRejectedValue(ocsError(412, 'talk_unavailable', 'Nextcloud Talk is not enabled for the share owner.'))
			const { wrapper, save } = await mountOption({ id: '42', type: LINK })
			await toggle(wrapper)

			await expect(save()).rejects.toBeTruthy()
			expect(mocks.showError).toHaveBeenCalledWith('Nextcloud Talk is not enabled for the share owner.')
			await toggle(wrapper)
			await flushPromises()
			expect(switchInput(wrapper).element.disabled).toBe(true)
		})
	})

	describe('administrator policy', () => {
		it('shows the switch on and locked, with the reason, when the administrator requires it', async () => {
			mocks.state['video_verification/share_policy'] = { allowed: true, required: true, defaultMode: 'approve' }
			mocks.get.mockResolvedValue(ocs(settings()))
			const { wrapper } = await mountOption({ id: '42', type: LINK })

			const input = switchInput(wrapper)
			expect(input.element.checked).toBe(true)
			expect(input.element.disabled).toBe(true)
			const description = document.getElementById(input.attributes('aria-describedby')!)
			expect(description?.textContent).toContain('Your administrator requires this for your link and e-mail shares.')
		})

		it('turns an older share on when saved under a required policy', async () => {
			mocks.state['video_verification/share_policy'] = { allowed: true, required: true, defaultMode: 'approve' }
			mocks.get.mockResolvedValue(ocs(settings()))
			mocks.put.mockResolvedValue(ocs(settings({ enabled: true, passwordGenerated: true })))
			const { save } = await mountOption({ id: '42', type: LINK })

			await save()

			expect(mocks.put).toHaveBeenCalledWith(expect.stringContaining('/shares/42'), { enabled: true, mode: 'approve' })
		})

		it('offers the administrator\'s default release mode first', async () => {
			mocks.state['video_verification/share_policy'] = { allowed: true, required: false, defaultMode: 'password' }
			mocks.get.mockResolvedValue(ocs(settings()))
			const { wrapper } = await mountOption({ id: '42', type: LINK })

			await toggle(wrapper)

			expect(modeInput(wrapper, 'password').element.checked).toBe(true)
			expect(switchInput(wrapper).element.disabled).toBe(false)
		})
	})
})

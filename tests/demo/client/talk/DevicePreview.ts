/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

export interface DevicePreviewElements {
	dialog: HTMLElement
	video: HTMLVideoElement
	status: HTMLElement
	join: HTMLButtonElement
	/** The recording warning with its consent checkbox */
	recording: HTMLElement
	consent: HTMLInputElement
}

/**
 * Talk web's device preview before a call (src/components/MediaSettings/MediaSettings.vue),
 * which "Answer call" opens (#direct-call, views/MainView.vue `handleDirectCall`) unless its
 * user turned "Always show the device preview screen before joining a call" off: the camera
 * in a preview, "Join call" once the conversation is joined. Closing it releases the preview's
 * camera (devices mixin `stopDevicesMixin`); the call then asks for its own. Where Talk needs
 * consent to recording (`isRecordingConsentRequired`) it warns "The call might be recorded."
 * and "Join call" waits for the consent checkbox (`disabledCallButton`).
 */
export class DevicePreview {
	private stream: MediaStream | undefined

	constructor(private readonly el: DevicePreviewElements) {}

	/**
	 * Shows the preview; resolves when its user clicks "Join call", after the preview's camera is
	 * released, with whether they gave consent to recording.
	 *
	 * @param canJoin resolves true once the conversation is joined (false: it could not be)
	 * @param consentRequired resolves true when Talk needs consent to recording for this call
	 */
	async open(canJoin: Promise<boolean>, consentRequired: Promise<boolean> = Promise.resolve(false)): Promise<boolean> {
		this.el.dialog.hidden = false
		const clicked = new Promise<void>((resolve) => this.el.join.addEventListener('click', () => resolve(), { once: true }))
		let joined = false
		let needsConsent = false
		const update = (): void => {
			this.el.recording.hidden = !needsConsent
			this.el.join.disabled = !joined || (needsConsent && !this.el.consent.checked)
		}
		this.el.consent.addEventListener('change', update)
		void Promise.all([canJoin, consentRequired]).then(([canJoinNow, required]) => {
			joined = canJoinNow
			needsConsent = required
			update()
		})
		try {
			this.stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: true })
			this.el.video.srcObject = this.stream
		} catch (error) {
			// Talk web lets its user join without a camera; the stand-in says why there is no picture.
			this.el.status.textContent = 'No camera: ' + (error as Error).message
		}
		await clicked
		this.el.consent.removeEventListener('change', update)
		this.close()
		return needsConsent && this.el.consent.checked
	}

	private close(): void {
		this.stream?.getTracks().forEach((track) => track.stop())
		this.el.video.srcObject = null
		this.el.dialog.hidden = true
	}
}

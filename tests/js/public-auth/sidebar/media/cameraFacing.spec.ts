/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it } from 'vitest'
import { facingOf, opposite, otherCameraConstraint } from '../../../../../src/public-auth/sidebar/media/cameraFacing.ts'

/**
 * A camera track as the browser gives it
 *
 * @param settings - what getSettings() says
 * @param label - its name
 */
function track(settings: MediaTrackSettings, label = ''): MediaStreamTrack {
	return { kind: 'video', label, getSettings: () => settings } as unknown as MediaStreamTrack
}

/**
 * @param deviceId - the device
 * @param label - its name ('' before the page may use the camera)
 */
function camera(deviceId: string, label = ''): MediaDeviceInfo {
	return { kind: 'videoinput', deviceId, label, groupId: '' } as MediaDeviceInfo
}

describe('facingOf', () => {
	it('believes the browser first, then the name, else front', () => {
		expect(facingOf(track({ facingMode: 'environment' }, 'Front camera'))).toBe('environment')
		expect(facingOf(track({ facingMode: 'user' }))).toBe('user')
		expect(facingOf(track({}, 'camera2 0, facing back'))).toBe('environment')
		expect(facingOf(track({}, 'Rückkamera'))).toBe('environment')
		expect(facingOf(track({}, 'HD Webcam'))).toBe('user')
		expect(facingOf(undefined)).toBe('user')
		expect(opposite('user')).toBe('environment')
		expect(opposite('environment')).toBe('user')
	})
})

describe('otherCameraConstraint', () => {
	it('asks by facingMode while the device list has no names (a phone before it may list them)', () => {
		const current = track({ deviceId: 'a' })

		expect(otherCameraConstraint(current, [camera('a'), camera('b')], 'environment')).toEqual({ facingMode: { exact: 'environment' } })
		expect(otherCameraConstraint(current, [], 'user')).toEqual({ facingMode: { exact: 'user' } })
	})

	it('with names, takes the camera whose name says it faces the wanted way', () => {
		const cameras = [camera('front', 'camera2 1, facing front'), camera('wide', 'camera2 2, facing back'), camera('back', 'camera2 0, facing back')]

		expect(otherCameraConstraint(track({ deviceId: 'front' }), cameras, 'environment')).toEqual({ deviceId: { exact: 'wide' } })
		expect(otherCameraConstraint(track({ deviceId: 'back' }), cameras, 'user')).toEqual({ deviceId: { exact: 'front' } })
	})

	it('with names that say nothing, takes the next camera of the list, round', () => {
		const cameras = [camera('one', 'fake_device_0'), camera('two', 'fake_device_1'), camera('three', 'USB camera')]

		expect(otherCameraConstraint(track({ deviceId: 'one' }), cameras, 'environment')).toEqual({ deviceId: { exact: 'two' } })
		expect(otherCameraConstraint(track({ deviceId: 'three' }), cameras, 'environment')).toEqual({ deviceId: { exact: 'one' } })
	})

	it('has nothing to switch to with one named camera', () => {
		expect(otherCameraConstraint(track({ deviceId: 'one' }), [camera('one', 'HD Webcam')], 'environment')).toBeNull()
	})
})

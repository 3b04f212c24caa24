/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it } from 'vitest'
import { flagsForStream, hasStreams } from '../../../src/call/callFlags.ts'
import { shouldOffer } from '../../../src/call/offerRule.ts'
import { FakeMediaStream, FakeMediaStreamTrack } from './fakes/webrtc.ts'

describe('shouldOffer (TALK-CALL.md 2.1)', () => {
	it('offers when both publish and the remote id is smaller', () => {
		expect(shouldOffer('bbb', 7, 'aaa', 7)).toBe(true)
	})

	it('waits when both publish and the remote id is larger', () => {
		expect(shouldOffer('aaa', 7, 'bbb', 7)).toBe(false)
	})

	it('compares UTF-16 code units like JavaScript, not locale order', () => {
		// 'Z' (0x5A) < 'a' (0x61) although a locale compare would sort 'a' first
		expect(shouldOffer('a', 3, 'Z', 3)).toBe(true)
		expect(shouldOffer('Z', 3, 'a', 3)).toBe(false)
	})

	it('offers whatever the ids when the remote publishes nothing', () => {
		expect(shouldOffer('aaa', 7, 'bbb', 1)).toBe(true)
	})

	it('never offers without own audio or video', () => {
		expect(shouldOffer('bbb', 1, 'aaa', 7)).toBe(false)
		expect(shouldOffer('bbb', 1, 'aaa', 1)).toBe(false)
	})

	it('counts audio only or video only as publishing', () => {
		expect(shouldOffer('aaa', 3, 'bbb', 5)).toBe(false)
		expect(shouldOffer('bbb', 5, 'aaa', 3)).toBe(true)
	})
})

describe('call flags', () => {
	it('derives 1|2|4 from the live tracks of the stream', () => {
		const audio = new FakeMediaStreamTrack('audio')
		const video = new FakeMediaStreamTrack('video')
		const stream = new FakeMediaStream([audio, video]) as unknown as MediaStream
		expect(flagsForStream(stream)).toBe(7)
		video.end()
		expect(flagsForStream(stream)).toBe(3)
		audio.end()
		expect(flagsForStream(stream)).toBe(1)
	})

	it('keeps muted (disabled) tracks in the flags', () => {
		const video = new FakeMediaStreamTrack('video')
		video.enabled = false
		expect(flagsForStream(new FakeMediaStream([video]) as unknown as MediaStream)).toBe(5)
	})

	it('tells publishing flags apart', () => {
		expect(hasStreams(1)).toBe(false)
		expect(hasStreams(8 | 1)).toBe(false)
		expect(hasStreams(2)).toBe(true)
		expect(hasStreams(4)).toBe(true)
	})
})

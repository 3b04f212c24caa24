/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import VideoTile from '../../../src/components/VideoTile.vue'
import { cameraAndMicrophone } from './fakes/media.ts'

describe('VideoTile', () => {
	it('plays the stream, captioned and labelled', async () => {
		const play = vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined)
		const stream = cameraAndMicrophone()

		const wrapper = mount(VideoTile, { props: { stream, label: 'Alice <Adams>' } })

		const video = wrapper.get<HTMLVideoElement>('video')
		expect(video.element.srcObject).toBe(stream)
		expect(video.attributes('aria-label')).toBe('Alice <Adams>')
		expect(video.element.muted).toBe(false)
		expect(wrapper.get('figcaption').text()).toBe('Alice <Adams>')
		expect(play).toHaveBeenCalled()
	})

	it('mutes and mirrors our own picture', () => {
		vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined)

		const wrapper = mount(VideoTile, { props: { stream: cameraAndMicrophone(), label: 'You', self: true } })

		expect(wrapper.get<HTMLVideoElement>('video').element.muted).toBe(true)
		expect(wrapper.classes()).toContain('video-tile--mirrored')
	})

	it('does not mirror our own picture from a back camera, so a document reads the right way', () => {
		vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined)

		const wrapper = mount(VideoTile, { props: { stream: cameraAndMicrophone(), label: 'You', self: true, unmirrored: true } })

		expect(wrapper.get<HTMLVideoElement>('video').element.muted).toBe(true)
		expect(wrapper.classes()).not.toContain('video-tile--mirrored')
		expect(wrapper.attributes('data-mirrored')).toBe('false')
	})

	it('shows the placeholder without a stream or with the camera off', async () => {
		vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined)
		const wrapper = mount(VideoTile, { props: { stream: null, label: 'Alice', placeholder: 'Waiting for an answer…' } })

		expect(wrapper.get('.video-tile__placeholder').text()).toBe('Waiting for an answer…')
		expect(wrapper.get<HTMLVideoElement>('video').element.style.display).toBe('none')

		await wrapper.setProps({ stream: cameraAndMicrophone(), videoOff: true })
		expect(wrapper.find('.video-tile__placeholder').exists()).toBe(true)

		await wrapper.setProps({ videoOff: false })
		expect(wrapper.find('.video-tile__placeholder').exists()).toBe(false)
	})

	it('follows a new stream and tolerates a refused autoplay', async () => {
		vi.spyOn(HTMLMediaElement.prototype, 'play').mockRejectedValue(new Error('NotAllowedError'))
		const wrapper = mount(VideoTile, { props: { stream: null, label: 'Alice' } })
		const stream = cameraAndMicrophone()

		await wrapper.setProps({ stream })

		expect(wrapper.get<HTMLVideoElement>('video').element.srcObject).toBe(stream)
	})
})

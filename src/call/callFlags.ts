/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/** Talk's participant in-call flags (spreed docs/constants.md). */
export const IN_CALL = 1
export const WITH_AUDIO = 2
export const WITH_VIDEO = 4

/**
 * Whether the flags say the session publishes audio or video ("userHasStreams" in Talk's web client).
 *
 * @param flags in-call flags
 */
export function hasStreams(flags: number): boolean {
	return (flags & (WITH_AUDIO | WITH_VIDEO)) !== 0
}

/**
 * Whether the flags say the session is in the call.
 *
 * @param flags in-call flags
 */
export function isInCall(flags: number): boolean {
	return (flags & IN_CALL) !== 0
}

/**
 * The flags Talk's clients join with: in call, plus audio and video for the live tracks present.
 *
 * @param stream the local stream
 */
export function flagsForStream(stream: MediaStream): number {
	const live = (track: MediaStreamTrack) => track.readyState !== 'ended'
	return IN_CALL
		| (stream.getAudioTracks().some(live) ? WITH_AUDIO : 0)
		| (stream.getVideoTracks().some(live) ? WITH_VIDEO : 0)
}

<?php
/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * @var array<string, mixed> $_
 * @var \Closure $p
 */
?>
<div id="talk-call" class="talk-call" data-token="<?php $p($_['token']); ?>">
	<h2 class="talk-call__title"><?php $p($_['name']); ?></h2>
	<p class="talk-call__status" role="status" aria-live="polite">Opening the conversation…</p>
	<section class="talk-call__preview" role="dialog" aria-labelledby="talk-call-preview-title" hidden>
		<h3 id="talk-call-preview-title" class="talk-call__preview-title">Media settings</h3>
		<video class="talk-call__preview-video" autoplay playsinline muted aria-label="Preview of your camera"></video>
		<p class="talk-call__preview-status" role="status"></p>
		<div class="talk-call__preview-recording" role="note" hidden>
			<p><strong>The call might be recorded.</strong></p>
			<p>The recording might include your voice, video from camera, and screen share. Your consent is required before joining the call.</p>
			<label><input type="checkbox" class="talk-call__preview-consent"> Give consent to the recording of this call</label>
		</div>
		<button type="button" class="talk-call__preview-join" disabled>Join call</button>
	</section>
	<div class="talk-call__stage">
		<figure class="talk-call__remote">
			<video class="talk-call__remote-video" autoplay playsinline aria-label="Video of the caller"></video>
			<figcaption class="talk-call__remote-name"></figcaption>
			<span class="talk-call__remote-muted" hidden>Microphone off</span>
		</figure>
		<video class="talk-call__self-video" autoplay playsinline muted aria-label="Your camera"></video>
	</div>
	<button type="button" class="talk-call__join" hidden>Join call</button>
	<button type="button" class="talk-call__leave" disabled>Leave call</button>
	<template class="talk-call__not-found"><?php echo $_['notFound']; ?></template>
</div>

<?php
/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * @var array<string, mixed> $_
 * @var \Closure $p
 */
?>
<div class="guest-box demo-index">
	<h2>Video Verification demo</h2>
	<ul>
		<li><a href="<?php $p($_['sharerUrl']); ?>">Sharer: share dialog</a></li>
		<li><a href="<?php $p($_['recipientUrl']); ?>">Recipient: open the shared link</a></li>
		<li><a href="<?php $p($_['personalUrl']); ?>">Sharer: office hours in personal settings</a></li>
		<li><a href="<?php $p($_['adminUrl']); ?>">Administrator: video verification settings</a></li>
	</ul>
</div>

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
	<p>Both first links are about the same file, Contract.pdf, and its public link.</p>
	<ul>
		<li><a href="<?php $p($_['sharerUrl']); ?>">Sharer: share dialog</a>
			<span class="demo-index__hint">alice's Files with the Sharing tab of Contract.pdf: open the link share's "Advanced settings" and switch on "Password via Talk"</span></li>
		<li><a href="<?php $p($_['recipientUrl']); ?>">Recipient: open the shared link</a>
			<span class="demo-index__hint">the same link share of Contract.pdf: with "Password via Talk" on, its password page offers "Request password"</span></li>
		<li><a href="<?php $p($_['personalUrl']); ?>">Sharer: office hours in personal settings</a></li>
		<li><a href="<?php $p($_['adminUrl']); ?>">Administrator: video verification settings</a></li>
	</ul>
</div>

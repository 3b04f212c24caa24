<?php
/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * @var array<string, mixed> $_
 * @var \Closure $p
 */
?>
<div id="files-public-content" class="guest-box">
	<h2 class="public-share__name"><?php $p($_['file']['name']); ?></h2>
	<p><?php $p($_['ownerDisplayName']); ?> shared a file with you.</p>
	<a class="button primary" id="public-share-download" href="<?php $p($_['downloadUrl']); ?>" download="<?php $p($_['file']['name']); ?>">Download</a>
	<ul id="public-share-files" class="public-share-files" aria-label="Shared files" aria-live="polite"></ul>
</div>

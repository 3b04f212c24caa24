<?php
/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * @var array<string, mixed> $_
 * @var \Closure $p
 */
?>
<div id="app-content" class="files-demo" data-fileid="<?php $p($_['file']['fileid']); ?>">
	<h2 class="files-demo__name"><?php $p($_['file']['name']); ?></h2>
	<p class="files-demo__path"><?php $p($_['file']['path']); ?></p>
</div>

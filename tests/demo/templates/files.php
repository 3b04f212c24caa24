<?php
/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * @var array<string, mixed> $_
 * @var \Closure $p
 */
?>
<div id="app-content" class="files-demo" data-fileid="<?php $p((string)($_['fileid'] ?? '')); ?>"></div>

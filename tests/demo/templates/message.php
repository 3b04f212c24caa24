<?php
/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * @var array<string, mixed> $_
 * @var \Closure $p
 */
?>
<div class="guest-box body-login-container">
	<h2><?php $p($_['heading']); ?></h2>
	<p class="infogroup"><?php $p($_['message']); ?></p>
</div>

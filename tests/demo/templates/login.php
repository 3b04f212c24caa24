<?php
/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * @var array<string, mixed> $_
 * @var \Closure $p
 */
?>
<div class="guest-box demo-login">
	<h2>Log in to the demo</h2>
	<?php if ($_['error'] !== null) { ?><p class="error" role="alert"><?php $p($_['error']); ?></p><?php } ?>
	<ul>
		<?php foreach ($_['users'] as $user) { ?>
		<li><a href="/index.php/login?user=<?php $p(rawurlencode($user['uid'])); ?>&amp;redirect_url=<?php $p(rawurlencode($_['redirectUrl'])); ?>"><?php $p($user['displayName']); ?> (<?php $p($user['uid']); ?>)</a></li>
		<?php } ?>
	</ul>
</div>

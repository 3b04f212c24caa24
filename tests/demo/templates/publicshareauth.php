<?php
/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * @var array<string, mixed> $_
 * @var \Closure $p
 */
?>
<div id="guest-content-vue" class="guest-box">
	<div class="public-share-auth">
		<h2>This share is password-protected</h2>
		<form class="public-share-auth__form" method="POST">
			<?php if ($_['invalidPassword']) { ?>
			<div class="notecard error" role="alert">The password is wrong or expired. Please try again or request a new one.</div>
			<?php } ?>
			<div class="input-field">
				<input id="public-share-auth-password" type="password" name="password" value="" placeholder=" " autocomplete="new-password" autocapitalize="off" spellcheck="false" autofocus>
				<label for="public-share-auth-password">Password</label>
			</div>
			<input type="hidden" name="requesttoken" value="<?php $p($_['requesttoken']); ?>">
			<input type="hidden" name="sharingToken" value="<?php $p($_['sharingToken']); ?>">
			<input type="hidden" name="sharingType" value="<?php $p($_['sharingType']); ?>">
			<button type="submit" class="button-vue button-vue--vue-primary button-vue--wide">Submit</button>
		</form>
	</div>
</div>

<?php
/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * @var array<string, mixed> $_
 * @var \Closure $p
 */
?>
<!DOCTYPE html>
<html class="ng-csp" data-placeholder-focus="false" lang="en" data-locale="en" translate="no">
<?php echo $_['head']; ?>
<body id="<?php $p($_['bodyid']); ?>">
	<?php echo $_['initialState']; ?>
	<div class="wrapper">
		<div class="v-align">
			<main id="content">
				<h1 class="hidden-visually">Nextcloud</h1>
				<?php echo $_['content']; ?>
			</main>
		</div>
	</div>
</body>
</html>

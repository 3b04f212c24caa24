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
<body id="body-user">
	<?php echo $_['initialState']; ?>
	<header id="header">
		<a href="/" id="nextcloud">Nextcloud (demo)</a>
		<nav class="app-menu" aria-label="Apps"><a href="/index.php/apps/files/"<?php if ($_['app'] === 'files') { ?> aria-current="page"<?php } ?>>Files</a></nav>
		<div id="demo-notifications" class="notifications"></div>
		<span id="user-menu" data-user="<?php $p($_['user']['uid']); ?>"><?php $p($_['user']['displayName']); ?></span>
		<a id="logout" href="/index.php/logout">Log out</a>
	</header>
	<main id="content" class="app-<?php $p($_['app']); ?>">
		<?php echo $_['content']; ?>
	</main>
</body>
</html>

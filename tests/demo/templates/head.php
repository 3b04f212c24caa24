<?php
/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The <head> globals of core's layouts that @nextcloud/auth, router, l10n and
 * initial-state read.
 *
 * @var array<string, mixed> $_
 * @var \Closure $p
 */
?>
<head<?php if ($_['user'] !== null) { ?> data-user="<?php $p($_['user']['uid']); ?>" data-user-displayname="<?php $p($_['user']['displayName']); ?>"<?php } ?> data-requesttoken="<?php $p($_['requesttoken']); ?>">
	<meta charset="utf-8">
	<title><?php $p($_['title']); ?> – Nextcloud</title>
	<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0">
	<meta name="csp-nonce" nonce="<?php $p($_['nonce']); ?>">
	<link rel="icon" href="data:,">
	<link rel="stylesheet" href="/demo/core.css">
	<?php foreach ($_['styles'] as $style) { ?>
	<link rel="stylesheet" href="<?php $p($style); ?>">
	<?php } ?>
	<script nonce="<?php $p($_['nonce']); ?>">
		var _oc_webroot = "";
		var _oc_appswebroots = <?php echo json_encode($_['appswebroots'], JSON_HEX_TAG | JSON_UNESCAPED_SLASHES); ?>;
		var _oc_isadmin = <?php echo $_['isAdmin'] ? 'true' : 'false'; ?>;
		var _oc_debug = false;
		var _oc_config = <?php echo json_encode($_['config'], JSON_HEX_TAG | JSON_UNESCAPED_SLASHES); ?>;
		var oc_appconfig = <?php echo json_encode($_['appconfig'], JSON_HEX_TAG | JSON_UNESCAPED_SLASHES); ?>;
		var oc_current_user = <?php echo json_encode($_['user']['uid'] ?? null); ?>;
		var oc_requesttoken = <?php echo json_encode($_['requesttoken']); ?>;
		var _oc_l10n_registry_translations = {};
		var _oc_l10n_registry_plural_functions = {};
		window.OC = Object.assign(window.OC || {}, {
			webroot: _oc_webroot,
			appswebroots: _oc_appswebroots,
			config: _oc_config,
			requestToken: oc_requesttoken,
			isUserAdmin: function () { return _oc_isadmin; },
			// core's OC.filePath for app assets: Vite-built apps load their lazy chunks through it.
			filePath: function (app, type, file) {
				var root = _oc_appswebroots[app] !== undefined ? _oc_appswebroots[app] : _oc_webroot + '/apps/' + app;
				return root + (type ? '/' + type : '') + '/' + file;
			},
			getCurrentUser: function () { return { uid: oc_current_user, displayName: <?php echo json_encode($_['user']['displayName'] ?? null); ?> }; },
		});
	</script>
	<?php foreach ($_['scripts'] as $script) { ?>
	<script type="module" nonce="<?php $p($_['nonce']); ?>" src="<?php $p($script); ?>"></script>
	<?php } ?>
</head>

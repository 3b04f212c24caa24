<?php
/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Core's settings layout: the sections of one settings area (administration or personal)
 * beside the active one.
 *
 * @var array<string, mixed> $_
 * @var \Closure $p
 */
?>
<div class="settings-demo">
	<nav class="settings-demo__navigation" aria-label="<?php $p($_['label']); ?>">
		<ul>
			<?php foreach ($_['sections'] as $id => $name) { ?>
			<li><a href="/index.php/settings/<?php $p($_['area']); ?>/<?php $p($id); ?>"<?php if ($id === $_['active']) { ?> aria-current="page"<?php } ?>><?php $p($name); ?></a></li>
			<?php } ?>
		</ul>
	</nav>
	<div id="app-content" class="settings-demo__content">
		<?php echo $_['content']; ?>
	</div>
</div>

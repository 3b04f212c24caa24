<?php
/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The "Security & setup checks" part of core's admin overview.
 *
 * @var array<string, mixed> $_
 * @var \Closure $p
 */
?>
<section id="security-warning" class="section">
	<h2>Security &amp; setup checks</h2>
	<?php if ($_['categories'] === []) { ?>
	<p>All checks passed.</p>
	<?php } ?>
	<?php foreach ($_['categories'] as $category => $results) { ?>
	<h3 class="setup-checks__category"><?php $p(ucfirst((string)$category)); ?></h3>
	<ul class="setup-checks" data-category="<?php $p($category); ?>">
		<?php foreach ($results as $result) { ?>
		<li class="setup-check setup-check--<?php $p($result['severity']); ?>" data-severity="<?php $p($result['severity']); ?>">
			<strong class="setup-check__name"><?php $p($result['name']); ?></strong>
			<span class="setup-check__severity">(<?php $p($result['severity']); ?>)</span>
			<p class="setup-check__description"><?php $p((string)$result['description']); ?></p>
		</li>
		<?php } ?>
	</ul>
	<?php } ?>
</section>

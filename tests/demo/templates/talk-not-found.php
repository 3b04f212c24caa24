<?php
/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Talk web's NotFoundView (spreed src/views/NotFoundView.vue): an NcEmptyContent with the
 * magnify icon, shown at /apps/spreed/not-found when the open conversation was deleted.
 */
?>
<div class="empty-content talk-not-found" role="note">
	<div class="empty-content__icon" aria-hidden="true">
		<svg viewBox="0 0 24 24" width="64" height="64"><path fill="currentColor" d="M9.5,3A6.5,6.5 0 0,1 16,9.5C16,11.11 15.41,12.59 14.44,13.73L14.71,14H15.5L20.5,19L19,20.5L14,15.5V14.71L13.73,14.44C12.59,15.41 11.11,16 9.5,16A6.5,6.5 0 0,1 3,9.5A6.5,6.5 0 0,1 9.5,3M9.5,5C7,5 5,7 5,9.5C5,12 7,14 9.5,14C12,14 14,12 14,9.5C14,7 12,5 9.5,5Z"/></svg>
	</div>
	<h2 class="empty-content__name">The conversation does not exist</h2>
	<p class="empty-content__description">Join a conversation or start a new one!</p>
</div>

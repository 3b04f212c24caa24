<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\Files_Sharing\Event;

use OCP\EventDispatcher\Event;
use OCP\Share\IShare;

/**
 * Signature stub of files_sharing's BeforeTemplateRenderedEvent (since 20.0.0): dispatched
 * before the public share page, and with SCOPE_PUBLIC_SHARE_AUTH before its password page.
 */
class BeforeTemplateRenderedEvent extends Event {
	public const SCOPE_PUBLIC_SHARE_AUTH = 'publicShareAuth';

	public function __construct(
		private IShare $share,
		private ?string $scope = null,
	) {
		parent::__construct();
	}

	public function getShare(): IShare {
		return $this->share;
	}

	public function getScope(): ?string {
		return $this->scope;
	}
}

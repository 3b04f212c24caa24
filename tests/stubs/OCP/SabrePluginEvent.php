<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP;

use OCP\EventDispatcher\Event;

/**
 * Signature stub of OCP\SabrePluginEvent (since 8.2.0): carries the Sabre server that
 * apps/dav is setting up.
 */
class SabrePluginEvent extends Event {
	/** @var object|null the Sabre\DAV\Server */
	protected $server;

	/**
	 * @param object|null $server
	 */
	public function __construct($server = null) {
		$this->server = $server;
	}

	/**
	 * @return object|null
	 */
	public function getServer() {
		return $this->server;
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\AppFramework;

use OCP\IRequest;

/**
 * Signature stub of OCP\AppFramework\Controller (since 6.0.0). The responders
 * (format negotiation) are left to the host that dispatches the request.
 */
abstract class Controller {
	/** @var string */
	protected $appName;
	/** @var IRequest */
	protected $request;

	/**
	 * @param string $appName the name of the app
	 * @param IRequest $request an instance of the request
	 */
	public function __construct($appName, IRequest $request) {
		$this->appName = $appName;
		$this->request = $request;
	}
}

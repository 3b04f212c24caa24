<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\AppFramework;

use OCP\IRequest;

/**
 * Signature stub of OCP\AppFramework\ApiController (since 7.0.0): a controller with CORS settings.
 */
abstract class ApiController extends Controller {
	/** @var string */
	private $corsMethods;
	/** @var string */
	private $corsAllowedHeaders;
	/** @var int */
	private $corsMaxAge;

	/**
	 * @param string $corsMethods comma separated string of HTTP verbs
	 * @param string $corsAllowedHeaders comma separated string of HTTP headers
	 * @param int $corsMaxAge seconds a preflighted OPTIONS request may be cached
	 */
	public function __construct($appName,
		IRequest $request,
		$corsMethods = 'PUT, POST, GET, DELETE, PATCH',
		$corsAllowedHeaders = 'Authorization, Content-Type, Accept',
		$corsMaxAge = 1728000) {
		parent::__construct($appName, $request);
		$this->corsMethods = $corsMethods;
		$this->corsAllowedHeaders = $corsAllowedHeaders;
		$this->corsMaxAge = $corsMaxAge;
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\AppFramework;

use OCP\IRequest;

/**
 * Signature stub of OCP\AppFramework\OCSController (since 8.1.0). The host wraps
 * the returned DataResponse in the OCS envelope {ocs: {meta, data}}.
 */
abstract class OCSController extends ApiController {
	public const RESPOND_UNAUTHORISED = 997;
	public const RESPOND_SERVER_ERROR = 996;
	public const RESPOND_NOT_FOUND = 998;
	public const RESPOND_UNKNOWN_ERROR = 999;

	/** @var int */
	private $ocsVersion;

	public function __construct($appName,
		IRequest $request,
		$corsMethods = 'PUT, POST, GET, DELETE, PATCH',
		$corsAllowedHeaders = 'Authorization, Content-Type, Accept, OCS-APIRequest',
		$corsMaxAge = 1728000) {
		parent::__construct($appName, $request, $corsMethods, $corsAllowedHeaders, $corsMaxAge);
	}

	/**
	 * @param int $version 1 or 2
	 * @internal
	 */
	public function setOCSVersion($version) {
		$this->ocsVersion = $version;
	}
}

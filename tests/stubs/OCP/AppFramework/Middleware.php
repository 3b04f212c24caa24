<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\AppFramework;

use OCP\AppFramework\Http\Response;

/**
 * Signature stub of OCP\AppFramework\Middleware (since 6.0.0). The app framework runs
 * beforeController in registration order, afterException / afterController / beforeOutput
 * in reverse order.
 */
abstract class Middleware {
	/**
	 * @return void
	 */
	public function beforeController(Controller $controller, string $methodName) {
	}

	/**
	 * @return Response
	 * @throws \Exception the exception when this middleware does not handle it
	 */
	public function afterException(Controller $controller, string $methodName, \Exception $exception) {
		throw $exception;
	}

	/**
	 * @return Response
	 */
	public function afterController(Controller $controller, string $methodName, Response $response) {
		return $response;
	}

	/**
	 * @return string
	 */
	public function beforeOutput(Controller $controller, string $methodName, string $output) {
		return $output;
	}
}

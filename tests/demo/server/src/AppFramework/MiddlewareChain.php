<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\AppFramework;

use OCP\AppFramework\Controller;
use OCP\AppFramework\Http\Response;
use OCP\AppFramework\Middleware;

/**
 * Nextcloud's MiddlewareDispatcher for the middlewares apps register
 * (`IRegistrationContext::registerMiddleware`): beforeController in registration order,
 * counting the ones that ran; on an exception afterException in reverse order, from the last
 * one that ran, until one returns a response; afterController and beforeOutput in reverse
 * order over all of them. Nextcloud's own middlewares (security, rate limits, brute force,
 * OCS) are registered before the apps' ones: ControllerDispatcher runs them around this chain.
 */
final class MiddlewareChain {
	private int $ran = 0;

	/**
	 * @param list<Middleware> $middlewares
	 */
	public function __construct(
		private readonly array $middlewares,
	) {
	}

	public function beforeController(Controller $controller, string $methodName): void {
		foreach ($this->middlewares as $middleware) {
			$this->ran++;
			$middleware->beforeController($controller, $methodName);
		}
	}

	/**
	 * @throws \Exception the last exception when no middleware turned it into a response
	 */
	public function afterException(Controller $controller, string $methodName, \Exception $exception): Response {
		for ($i = $this->ran - 1; $i >= 0; $i--) {
			try {
				return $this->middlewares[$i]->afterException($controller, $methodName, $exception);
			} catch (\Exception $rethrown) {
				$exception = $rethrown;
			}
		}
		throw $exception;
	}

	public function afterController(Controller $controller, string $methodName, Response $response): Response {
		for ($i = count($this->middlewares) - 1; $i >= 0; $i--) {
			$response = $this->middlewares[$i]->afterController($controller, $methodName, $response);
		}
		return $response;
	}

	public function beforeOutput(Controller $controller, string $methodName, string $output): string {
		for ($i = count($this->middlewares) - 1; $i >= 0; $i--) {
			$output = $this->middlewares[$i]->beforeOutput($controller, $methodName, $output);
		}
		return $output;
	}
}

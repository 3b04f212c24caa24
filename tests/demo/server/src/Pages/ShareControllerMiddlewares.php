<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Pages;

use OCA\Files_Sharing\Controller\ShareController;
use OCA\VideoVerification\Demo\AppFramework\MiddlewareChain;
use OCA\VideoVerification\Demo\Container\ServiceContainer;
use OCA\VideoVerification\Demo\Http\HttpResponse;
use OCA\VideoVerification\Demo\Ocp\Bootstrap\DemoRegistrationContext;
use OCP\AppFramework\Http\Response;
use OCP\AppFramework\Middleware;
use OCP\IRequest;

/**
 * The apps' middlewares around files_sharing's ShareController (showShare, downloadShare),
 * as DIContainer registers them (lib/private/AppFramework/DependencyInjection/DIContainer.php):
 * after the app framework's PublicShareMiddleware, which PublicSharePages stands in for
 * with its authentication check, every global app middleware's beforeController runs; an
 * exception goes to their afterException, whose response is sent instead of the page.
 */
final class ShareControllerMiddlewares {
	public function __construct(
		private readonly ServiceContainer $container,
		private readonly DemoRegistrationContext $registrations,
		private readonly IRequest $request,
	) {
	}

	/**
	 * @return HttpResponse|null what a middleware answered instead of the controller
	 */
	public function before(string $token, string $methodName): ?HttpResponse {
		$middlewares = [];
		foreach ($this->registrations->middlewaresFor('files_sharing') as $class) {
			$middleware = $this->container->get($class);
			if ($middleware instanceof Middleware) {
				$middlewares[] = $middleware;
			}
		}
		$chain = new MiddlewareChain($middlewares);
		$controller = new ShareController('files_sharing', $this->request);
		$controller->setToken($token);
		try {
			$chain->beforeController($controller, $methodName);
			return null;
		} catch (\Exception $e) {
			return $this->toHttp($chain->afterException($controller, $methodName, $e));
		}
	}

	private function toHttp(Response $response): HttpResponse {
		$headers = $response->getHeaders();
		$location = $headers['Location'] ?? null;
		if (is_string($location)) {
			return HttpResponse::redirect($location);
		}
		return new HttpResponse($response->getStatus(), [], '');
	}
}

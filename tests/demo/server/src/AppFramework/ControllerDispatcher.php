<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\AppFramework;

use OCA\VideoVerification\Demo\Container\ServiceContainer;
use OCA\VideoVerification\Demo\Http\DemoOutput;
use OCA\VideoVerification\Demo\Http\DemoRequest;
use OCA\VideoVerification\Demo\Http\HttpResponse;
use OCA\VideoVerification\Demo\Ocp\Bootstrap\DemoRegistrationContext;
use OCP\AppFramework\Controller;
use OCP\AppFramework\Http\Response;
use OCP\AppFramework\Middleware;
use OCP\ISession;
use OCP\IUserSession;
use Psr\Log\LoggerInterface;

/**
 * Nextcloud's Dispatcher plus the middlewares we rely on (Security, RateLimiting,
 * BruteForce, OCS, Session), then the apps' registered middlewares (MiddlewareChain, in that
 * order as in DIContainer): runs one route's controller method and renders its response.
 */
final class ControllerDispatcher {
	private const OCS_CONTROLLER = 'OCP\\AppFramework\\OCSController';
	private const OCS_EXCEPTION = 'OCP\\AppFramework\\OCS\\OCSException';
	private const DATA_RESPONSE = 'OCP\\AppFramework\\Http\\DataResponse';
	private const JSON_RESPONSE = 'OCP\\AppFramework\\Http\\JSONResponse';
	private const REDIRECT_RESPONSE = 'OCP\\AppFramework\\Http\\RedirectResponse';
	private const CALLBACK_RESPONSE = 'OCP\\AppFramework\\Http\\ICallbackResponse';
	private const CAST_TYPES = ['int', 'integer', 'bool', 'boolean', 'float', 'double'];
	private const USE_SESSION = 'OCP\\AppFramework\\Http\\Attribute\\UseSession';

	public function __construct(
		private readonly ServiceContainer $container,
		private readonly SecurityGuard $guard,
		private readonly BruteForceThrottler $throttler,
		private readonly RateLimiter $rateLimiter,
		private readonly IUserSession $userSession,
		private readonly OcsFormatter $ocs,
		private readonly LoggerInterface $logger,
		private readonly DemoRegistrationContext $registrations,
		private readonly ISession $session,
		private readonly string $loginUrl = '/index.php/login',
	) {
	}

	/**
	 * @param array<string, string> $urlParameters
	 */
	public function dispatch(Route $route, array $urlParameters, DemoRequest $request): HttpResponse {
		$request->setUrlParameters(array_merge(array_map('strval', $route->defaults), $urlParameters));
		$method = new \ReflectionMethod($route->controllerClass, $route->methodName);
		$isOcsController = is_a($route->controllerClass, self::OCS_CONTROLLER, true);
		$ocsVersion = str_starts_with($request->path(), '/ocs/v1.php') ? 1 : 2;
		$format = OcsFormatter::negotiate($request->getFormat(), $request->getHeader('Accept'));
		$ip = $request->getRemoteAddress();

		$failure = $this->guard->check($method, $request, $isOcsController);
		if ($failure !== null) {
			return $this->securityResponse($failure, $request, $isOcsController, $ocsVersion, $format);
		}

		try {
			$this->enforceRateLimit($method, $route, $ip);
			foreach ($this->bruteForceActions($method) as $action) {
				$this->throttler->sleepDelayOrThrowOnMax($action, $ip);
			}
			$this->container->setParameter('appName', $route->appName);
			$controller = $this->container->build($route->controllerClass);
			$chain = $this->middlewareChain($route->appName);
			$response = $this->runController($chain, $controller, $route->methodName, $method, $request);
			$throttledAgain = $this->registerThrottledAttempts($method, $response, $ip);
		} catch (RateLimitExceeded $e) {
			return $this->tooManyRequests($request, $isOcsController, $ocsVersion, $format, $e->getMessage(), false);
		} catch (MaxDelayReached $e) {
			return $this->tooManyRequests($request, $isOcsController, $ocsVersion, $format, $e->getMessage(), true);
		} catch (\Throwable $e) {
			if ($isOcsController && is_a($e, self::OCS_EXCEPTION)) {
				$code = $e->getCode() === 0 ? OcsFormatter::RESPOND_UNKNOWN_ERROR : (int)$e->getCode();
				return $this->ocs->format($ocsVersion, $format, $code, [], $e->getMessage());
			}
			$this->logger->error('Unhandled ' . get_class($e) . ' in ' . $route->controllerClass . '::' . $route->methodName, ['exception' => $e]);
			if ($route->isOcs) {
				return $this->ocs->format($ocsVersion, $format, 500, null, 'Internal Server Error');
			}
			return HttpResponse::html('<h1>Internal Server Error</h1>', 500);
		}
		if ($throttledAgain) {
			return $this->tooManyRequests($request, $isOcsController, $ocsVersion, $format, 'Reached maximum delay', true);
		}
		$rendered = $this->render($response, $route, $isOcsController, $ocsVersion, $format);
		if ($rendered->stream !== null || !$controller instanceof Controller) {
			return $rendered;
		}
		$output = $chain->beforeOutput($controller, $route->methodName, $rendered->body);
		return $output === $rendered->body ? $rendered : new HttpResponse($rendered->status, $rendered->headers, $output);
	}

	private function middlewareChain(string $appName): MiddlewareChain {
		$middlewares = [];
		foreach ($this->registrations->middlewaresFor($appName) as $class) {
			$middleware = $this->container->get($class);
			if ($middleware instanceof Middleware) {
				$middlewares[] = $middleware;
			}
		}
		return new MiddlewareChain($middlewares);
	}

	/**
	 * As Dispatcher::dispatch: the middlewares' beforeController, the method, and on an
	 * exception (a \Throwable wrapped into an \Exception) the middlewares' afterException;
	 * what none of them handles goes on to Nextcloud's own middlewares (OCS, logging).
	 * afterController then runs over the response either way.
	 */
	private function runController(MiddlewareChain $chain, object $controller, string $methodName, \ReflectionMethod $method, DemoRequest $request): mixed {
		if (!$controller instanceof Controller) {
			return $this->callMethod($controller, $methodName, $method, $request);
		}
		try {
			$chain->beforeController($controller, $methodName);
			$response = $this->callMethod($controller, $methodName, $method, $request);
		} catch (\Exception $exception) {
			$response = $chain->afterException($controller, $methodName, $exception);
		} catch (\Throwable $throwable) {
			try {
				$response = $chain->afterException($controller, $methodName, new \Exception($throwable->getMessage(), (int)$throwable->getCode(), $throwable));
			} catch (\Exception $unhandled) {
				throw $unhandled->getPrevious() === $throwable ? $throwable : $unhandled;
			}
		}
		return $response instanceof Response ? $chain->afterController($controller, $methodName, $response) : $response;
	}

	/**
	 * SessionMiddleware comes last, after the apps' middlewares: #[UseSession] holds the
	 * session open, and locked, only while the controller method runs.
	 */
	private function callMethod(object $controller, string $methodName, \ReflectionMethod $method, DemoRequest $request): mixed {
		$useSession = $method->getAttributes(self::USE_SESSION) !== [];
		if ($useSession) {
			$this->session->reopen();
		}
		try {
			return \call_user_func_array([$controller, $methodName], $this->arguments($method, $request));
		} finally {
			if ($useSession) {
				$this->session->close();
			}
		}
	}

	/**
	 * Nextcloud maps each method parameter to the request parameter of the same name and
	 * casts int/bool/float; 'false' from a query string or form becomes false.
	 *
	 * @return list<mixed>
	 */
	private function arguments(\ReflectionMethod $method, DemoRequest $request): array {
		$arguments = [];
		foreach ($method->getParameters() as $parameter) {
			$default = $parameter->isDefaultValueAvailable() ? $parameter->getDefaultValue() : null;
			$value = $request->getParam($parameter->getName(), $default);
			$type = $parameter->getType() instanceof \ReflectionNamedType ? $parameter->getType()->getName() : null;
			if (($type === 'bool') && $value === 'false'
				&& ($request->getMethod() === 'GET' || str_contains($request->getHeader('Content-Type'), 'application/x-www-form-urlencoded'))) {
				$value = false;
			} elseif ($value !== null && in_array($type, self::CAST_TYPES, true) && !is_array($value)) {
				settype($value, $type);
			}
			$arguments[] = $value;
		}
		return $arguments;
	}

	private function enforceRateLimit(\ReflectionMethod $method, Route $route, string $ip): void {
		$identifier = $route->controllerClass . '::' . $route->methodName;
		$user = $this->userSession->getUser();
		$userLimit = SecurityGuard::argumentsOf($method, 'UserRateLimit')[0] ?? null;
		$anonLimit = SecurityGuard::argumentsOf($method, 'AnonRateLimit')[0] ?? null;
		if ($userLimit !== null && $user !== null) {
			$this->rateLimiter->register($identifier, 'user/' . $user->getUID(), ...$this->limitAndPeriod($userLimit));
		} elseif ($anonLimit !== null) {
			$this->rateLimiter->register($identifier, 'ip/' . $ip, ...$this->limitAndPeriod($anonLimit));
		}
	}

	/**
	 * @param array<string|int, mixed> $arguments
	 * @return array{0: int, 1: int}
	 */
	private function limitAndPeriod(array $arguments): array {
		return [(int)($arguments['limit'] ?? $arguments[0]), (int)($arguments['period'] ?? $arguments[1])];
	}

	/**
	 * @return list<string>
	 */
	private function bruteForceActions(\ReflectionMethod $method): array {
		return array_map(
			fn (array $arguments) => (string)($arguments['action'] ?? $arguments[0] ?? 'default'),
			SecurityGuard::argumentsOf($method, 'BruteForceProtection'),
		);
	}

	/**
	 * @return bool whether the attempt pushed the IP over the maximum
	 */
	private function registerThrottledAttempts(\ReflectionMethod $method, mixed $response, string $ip): bool {
		if (!is_object($response) || !method_exists($response, 'isThrottled') || !$response->isThrottled()) {
			return false;
		}
		$metadata = method_exists($response, 'getThrottleMetadata') ? (array)$response->getThrottleMetadata() : [];
		foreach ($this->bruteForceActions($method) as $action) {
			if (isset($metadata['action']) && $metadata['action'] !== $action) {
				continue;
			}
			$this->throttler->registerAttempt($action, $ip);
			try {
				$this->throttler->sleepDelayOrThrowOnMax($action, $ip);
			} catch (MaxDelayReached) {
				return true;
			}
		}
		return false;
	}

	private function render(mixed $response, Route $route, bool $isOcsController, int $ocsVersion, string $format): HttpResponse {
		if (!is_object($response)) {
			return HttpResponse::json($response);
		}
		$headers = method_exists($response, 'getHeaders') ? array_map('strval', $response->getHeaders()) : [];
		$status = method_exists($response, 'getStatus') ? (int)$response->getStatus() : 200;
		if ($isOcsController && is_a($response, self::DATA_RESPONSE)) {
			return $this->ocs->format($ocsVersion, $format, $status, $response->getData(), null, $this->passThroughHeaders($headers));
		}
		if (is_a($response, self::JSON_RESPONSE) || is_a($response, self::DATA_RESPONSE)) {
			return new HttpResponse($status, array_merge($headers, ['Content-Type' => 'application/json; charset=utf-8']), (string)json_encode($response->getData()));
		}
		if (is_a($response, self::CALLBACK_RESPONSE)) {
			// As OC\AppFramework\App::main: headers first, then the response writes its own body.
			return new HttpResponse($status, $headers, '', static fn () => $response->callback(new DemoOutput()));
		}
		if (is_a($response, self::REDIRECT_RESPONSE)) {
			return new HttpResponse($status, array_merge($headers, ['Location' => $response->getRedirectURL()]), '');
		}
		return new HttpResponse($status, $headers, method_exists($response, 'render') ? (string)$response->render() : '');
	}

	/**
	 * @param array<string, string> $headers
	 * @return array<string, string>
	 */
	private function passThroughHeaders(array $headers): array {
		unset($headers['Content-Type']);
		return $headers;
	}

	private function securityResponse(SecurityFailure $failure, DemoRequest $request, bool $isOcsController, int $ocsVersion, string $format): HttpResponse {
		if ($failure->kind === SecurityFailure::STRICT_COOKIE) {
			return HttpResponse::redirect('/');
		}
		if (stripos($request->getHeader('Accept'), 'html') === false) {
			if ($isOcsController && ($failure->status === 401 || $failure->status === 403)) {
				$code = $failure->status === 401 ? OcsFormatter::RESPOND_UNAUTHORISED : 403;
				return $this->ocs->format($ocsVersion, $format, $code, [], $failure->message);
			}
			return HttpResponse::json(['message' => $failure->message], $failure->status);
		}
		if ($failure->kind === SecurityFailure::NOT_LOGGED_IN) {
			return HttpResponse::redirect($this->loginUrl . '?redirect_url=' . rawurlencode($request->getRequestUri()));
		}
		return HttpResponse::html('<h1>' . htmlspecialchars($failure->message) . '</h1>', $failure->status);
	}

	private function tooManyRequests(DemoRequest $request, bool $isOcsController, int $ocsVersion, string $format, string $message, bool $bruteForce): HttpResponse {
		if ($bruteForce && $isOcsController) {
			return $this->ocs->format($ocsVersion, $format, 429, [], $message);
		}
		// RateLimitingMiddleware::afterException answers a DataResponse([], 429); for an OCS
		// controller OCSMiddleware::afterController then wraps it into the OCS envelope.
		if ($isOcsController && stripos($request->getHeader('Accept'), 'html') === false) {
			return $this->ocs->format($ocsVersion, $format, 429, [], null);
		}
		if (stripos($request->getHeader('Accept'), 'html') === false) {
			return new HttpResponse(429, ['Content-Type' => 'application/json; charset=utf-8'], '[]');
		}
		return HttpResponse::html('<h1>Too many requests</h1><p>There were too many requests from your network. Retry later.</p>', 429);
	}
}

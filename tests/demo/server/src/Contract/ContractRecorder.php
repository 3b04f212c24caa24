<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Contract;

use OCA\VideoVerification\Demo\Http\DemoRequest;
use OCA\VideoVerification\Demo\Http\HttpResponse;
use OCA\VideoVerification\Tests\Contract\OpenApiValidator;

/**
 * Contract mode: every request and response of files_sharing, Talk and our own OCS routes is
 * checked against the OpenAPI specs; each violation becomes one JSON line in the log.
 */
final class ContractRecorder {
	private const CHECKED_PREFIXES = [
		'/ocs/v2.php/apps/files_sharing/',
		'/ocs/v2.php/apps/spreed/',
		'/ocs/v2.php/apps/video_verification/',
	];

	/**
	 * Talk's spec declares no body for its signaling backend API: the controller reads the raw
	 * body (php://input) because the checksum covers its exact bytes; the body's shape is the
	 * signaling server's protocol (../shared/HPB.md §3.4), so only headers and answer are checked.
	 */
	private const UNDECLARED_BODY = '#^/ocs/v2\.php/apps/spreed/api/v3/signaling/backend$#';

	/**
	 * The backend spec types the room `properties` values as objects: openapi-extractor writes
	 * `{type: object}` for the Psalm `mixed` of spreed's SignalingController::backendRoom, whose
	 * values are the strings, integers and nulls of Room::getPropertiesForSignaling.
	 */
	private const MIXED_AS_OBJECT = '/room/properties/properties/additionalProperties/type)';

	private ?OpenApiValidator $validator = null;

	public function __construct(
		private readonly string $logFile,
		private readonly string $specsDir,
		private readonly string $ownSpec,
	) {
	}

	public function recordRequest(DemoRequest $request): void {
		if (!$this->isChecked($request->path())) {
			return;
		}
		$body = preg_match(self::UNDECLARED_BODY, $request->path()) === 1
			? null
			: $request->jsonBody() ?? ($request->formBody() === [] ? null : $request->formBody());
		$this->log($request, 'request', $this->validator()->validateRequest($request->getMethod(), $request->path(), $request->query(), $body, $request->headers()));
	}

	public function recordResponse(DemoRequest $request, HttpResponse $response): void {
		if (!$this->isChecked($request->path())) {
			return;
		}
		$body = $response->body === '' ? null : json_decode($response->body, true);
		if ($response->body !== '' && $body === null) {
			$this->log($request, 'response', ['response body is not JSON (ask with Accept: application/json)']);
			return;
		}
		$violations = $this->validator()->validateResponse($request->getMethod(), $request->path(), $response->status, $body);
		$this->log($request, 'response', array_values(array_filter($violations, fn (string $violation) => !str_contains($violation, self::MIXED_AS_OBJECT))));
	}

	private function isChecked(string $path): bool {
		foreach (self::CHECKED_PREFIXES as $prefix) {
			if (str_starts_with($path, $prefix)) {
				return true;
			}
		}
		return false;
	}

	private function validator(): OpenApiValidator {
		return $this->validator ??= new OpenApiValidator(...array_values(array_filter([
			$this->specsDir . '/files_sharing-openapi.json',
			$this->specsDir . '/spreed-openapi.json',
			// The backend API the High Performance Backend stand-in calls.
			$this->specsDir . '/spreed-openapi-backend-signaling.json',
			$this->ownSpec,
		], 'is_file')));
	}

	/**
	 * @param list<string> $violations
	 */
	private function log(DemoRequest $request, string $phase, array $violations): void {
		foreach ($violations as $violation) {
			file_put_contents($this->logFile, json_encode([
				'time' => gmdate('c'),
				'phase' => $phase,
				'method' => $request->getMethod(),
				'path' => $request->path(),
				'violation' => $violation,
			], JSON_UNESCAPED_SLASHES) . "\n", FILE_APPEND | LOCK_EX);
		}
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Http;

use OCP\Http\Client\IResponse;

/**
 * A 4xx/5xx answer with 'http_errors' on, as Guzzle's BadResponseException: it carries the
 * response, which IClient::getResponseFromThrowable hands back.
 */
final class DemoBadResponseException extends \RuntimeException {
	public function __construct(
		string $message,
		private readonly IResponse $response,
	) {
		parent::__construct($message, $response->getStatusCode());
	}

	public function getResponse(): IResponse {
		return $this->response;
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\AppFramework\Http;

use OCP\AppFramework\Http;

/**
 * Signature stub of OCP\AppFramework\Http\StreamTraversableResponse (since 33.0.0):
 * callback() hands each item of the Traversable to IOutput::setOutput() and flushes.
 */
class StreamTraversableResponse extends Response implements ICallbackResponse {
	public function __construct(
		private \Traversable $generator,
		int $status = Http::STATUS_OK,
		array $headers = [],
	) {
		parent::__construct($status, $headers);
	}

	public function callback(IOutput $output): void {
		foreach ($this->generator as $content) {
			$output->setOutput($content);
			flush();
		}
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Log;

use Psr\Log\AbstractLogger;

/**
 * JSON lines in the data dir, shaped like nextcloud.log entries.
 */
final class FileLogger extends AbstractLogger {
	public function __construct(
		private readonly string $file,
	) {
	}

	public function log($level, $message, array $context = []): void {
		$replacements = [];
		foreach ($context as $key => $value) {
			if (is_scalar($value) || $value instanceof \Stringable) {
				$replacements['{' . $key . '}'] = (string)$value;
			}
		}
		$entry = [
			'time' => gmdate('c'),
			'level' => $level,
			'app' => $context['app'] ?? 'demo',
			'message' => strtr((string)$message, $replacements),
		];
		if (($context['exception'] ?? null) instanceof \Throwable) {
			$exception = $context['exception'];
			$entry['exception'] = get_class($exception) . ': ' . $exception->getMessage() . ' at ' . $exception->getFile() . ':' . $exception->getLine();
		}
		file_put_contents($this->file, json_encode($entry, JSON_UNESCAPED_SLASHES) . "\n", FILE_APPEND | LOCK_EX);
	}
}

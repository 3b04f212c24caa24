<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Demo\Talk;

/**
 * A signaling server that only records Talk's room requests (`POST /api/v1/room/<token>`):
 * a `php -S` child process on a free loopback port that appends each request's path,
 * headers and body to a file and answers 200 `{}`.
 */
final class RecordingSignalingServer {
	/** @var resource */
	private $process;
	private readonly string $dir;
	public readonly string $url;

	public function __construct() {
		$this->dir = sys_get_temp_dir() . '/vv-hpb-rec-' . bin2hex(random_bytes(6));
		mkdir($this->dir, 0700, true);
		file_put_contents($this->dir . '/router.php', <<<'PHP'
			<?php
			file_put_contents(__DIR__ . '/requests.jsonl', json_encode([
				'path' => $_SERVER['REQUEST_URI'],
				'random' => $_SERVER['HTTP_SPREED_SIGNALING_RANDOM'] ?? '',
				'checksum' => $_SERVER['HTTP_SPREED_SIGNALING_CHECKSUM'] ?? '',
				'backend' => $_SERVER['HTTP_SPREED_SIGNALING_BACKEND'] ?? '',
				'body' => file_get_contents('php://input'),
			]) . "\n", FILE_APPEND);
			header('Content-Type: application/json; charset=utf-8');
			echo '{}';
			PHP);
		$socket = stream_socket_server('tcp://127.0.0.1:0');
		$port = (int)substr((string)stream_socket_get_name($socket, false), strlen('127.0.0.1:'));
		fclose($socket);
		$this->url = 'http://127.0.0.1:' . $port;
		$process = proc_open([PHP_BINARY, '-S', '127.0.0.1:' . $port, $this->dir . '/router.php'], [1 => ['file', '/dev/null', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes);
		if (!is_resource($process)) {
			throw new \RuntimeException('Could not start php -S');
		}
		$this->process = $process;
		for ($waited = 0; $waited < 100; $waited++) {
			$probe = @fsockopen('127.0.0.1', $port, $errno, $error, 0.1);
			if ($probe !== false) {
				fclose($probe);
				return;
			}
			usleep(50_000);
		}
		$this->stop();
		throw new \RuntimeException('php -S did not start');
	}

	/**
	 * @return list<array{path: string, random: string, checksum: string, backend: string, body: string}>
	 */
	public function requests(): array {
		$file = $this->dir . '/requests.jsonl';
		if (!is_file($file)) {
			return [];
		}
		return array_map(fn (string $line) => json_decode($line, true), array_values(array_filter(explode("\n", (string)file_get_contents($file)))));
	}

	public function stop(): void {
		proc_terminate($this->process);
		proc_close($this->process);
		foreach (glob($this->dir . '/*') ?: [] as $file) {
			unlink($file);
		}
		@rmdir($this->dir);
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Http;

use OCP\AppFramework\Http\IOutput;

/**
 * Nextcloud's OC\AppFramework\Http\Output: writes straight to PHP's output.
 */
final class DemoOutput implements IOutput {
	public function setOutput($out) {
		print($out);
	}

	public function setReadfile($path) {
		if (is_resource($path)) {
			$output = fopen('php://output', 'wb');
			return $output !== false && stream_copy_to_stream($path, $output) !== false;
		}
		return @readfile($path) !== false;
	}

	public function setHeader($header) {
		header($header);
	}

	public function getHttpResponseCode() {
		return (int)http_response_code();
	}

	public function setHttpResponseCode($code) {
		http_response_code($code);
	}

	public function setCookie($name, $value, $expire, $path, $domain, $secure, $httpOnly, $sameSite = 'Lax') {
		setcookie($name, $value, ['expires' => $expire, 'path' => $path, 'domain' => $domain, 'secure' => $secure, 'httponly' => $httpOnly, 'samesite' => $sameSite]);
	}
}

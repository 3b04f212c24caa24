<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/*
 * The demo host: `php -S 127.0.0.1:$PORT tests/demo/server/router.php` from the repo root.
 * Env: VV_DEMO_DATA (data dir), VV_DEMO_TALK=off (no Talk), VV_DEMO_NC=33|34|35 (the Nextcloud
 * version it plays, default 35), VV_CONTRACT_LOG, VV_SPECS_DIR, VV_DEMO_REQUEST_LOG=1 (a line on
 * stderr when each request starts and ends, with its time: for diagnosing call timings).
 */

use OCA\VideoVerification\Demo\DemoHost;
use OCA\VideoVerification\Demo\Environment;
use OCA\VideoVerification\Demo\Http\DemoRequest;
use OCA\VideoVerification\Demo\Http\HttpResponse;
use Psr\Log\LoggerInterface;

$repoRoot = dirname(__DIR__, 3);
require_once $repoRoot . '/tests/autoload.php';

$requestLog = getenv('VV_DEMO_REQUEST_LOG') === '1';
$startedAt = microtime(true);
$requestLine = ($_SERVER['REQUEST_METHOD'] ?? '?') . ' ' . ($_SERVER['REQUEST_URI'] ?? '?');
if ($requestLog) {
	error_log(sprintf('[request] %s pid %d start %s', date('H:i:s', (int)$startedAt) . substr(sprintf('%.3f', fmod($startedAt, 1)), 1), getmypid(), $requestLine));
}

$host = null;
try {
	$host = DemoHost::boot(Environment::fromGlobals($repoRoot));
	$request = $host->container()->get(DemoRequest::class);
	$response = $host->handle($request);
} catch (\Throwable $e) {
	$host?->container()->get(LoggerInterface::class)->error('Demo host failure', ['exception' => $e]);
	error_log((string)$e);
	$response = HttpResponse::html('<h1>Internal Server Error</h1><pre>' . htmlspecialchars($e->getMessage()) . '</pre>', 500);
}

// Nextcloud sets these on every response; the strict-cookie check of the CSRF protection needs them.
setcookie('nc_sameSiteCookielax', 'true', ['path' => '/', 'httponly' => true, 'samesite' => 'Lax', 'expires' => 253402300799]);
setcookie('nc_sameSiteCookiestrict', 'true', ['path' => '/', 'httponly' => true, 'samesite' => 'Strict', 'expires' => 253402300799]);
$response->send();
if ($requestLog) {
	error_log(sprintf('[request] pid %d end %s: %d after %d ms', getmypid(), $requestLine, $response->status, (int)round((microtime(true) - $startedAt) * 1000)));
}
return true;

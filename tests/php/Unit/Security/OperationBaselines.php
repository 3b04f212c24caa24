<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Security;

use OCA\VideoVerification\Demo\Storage\DemoSeed;
use OCP\AppFramework\Http\Attribute\NoAdminRequired;
use OCP\AppFramework\Http\Attribute\PublicPage;

/**
 * A valid request for each operation of ours, on a DemoApp in the state it needs: the
 * baseline the security tests change one thing of.
 */
trait OperationBaselines {
	private const SHARE_SETTINGS = OurRoutes::OCS_PREFIX . '/api/v1/shares/';
	private const REQUESTS = OurRoutes::OCS_PREFIX . '/api/v1/requests';

	private ?DemoApp $app = null;
	/** @var array<string, array{state: DemoState, request: array<string, mixed>}> the baseline of each operation, made once */
	private static array $baselines = [];

	/**
	 * A request that succeeds, per operation id, built on a fresh demo: the baseline each
	 * hostile case changes one part of.
	 *
	 * @return array<string, \Closure(DemoApp): array{browser: string, path?: array<string, string>, headers?: array<string, string>, body?: array<string, mixed>}>
	 */
	public static function validRequests(): array {
		$verificationOn = static function (DemoApp $app): void {
			$app->login('alice', 'alice');
			$app->send('alice', 'PUT', self::SHARE_SETTINGS . '1', ['enabled' => true, 'mode' => 'approve']);
		};
		$createdRequest = static function (DemoApp $app) use ($verificationOn): array {
			$verificationOn($app);
			$created = $app->send('recipient', 'POST', self::REQUESTS, ['shareToken' => 'DemoContract001', 'displayName' => 'Carol Cole'])->data();
			return ['browser' => 'recipient', 'path' => ['requestId' => $created['requestId']], 'headers' => ['x-request-secret' => $created['secret']]];
		};
		// Talk had the recipient and alice in the request's call together
		$talkAnswered = static function (DemoApp $app, string $shareToken): void {
			$token = $app->send('recipient', 'POST', '/ocs/v2.php/apps/spreed/api/v1/publicshareauth', ['shareToken' => $shareToken])->data()['token'];
			foreach (['recipient', 'alice'] as $browser) {
				$app->send($browser, 'POST', "/ocs/v2.php/apps/spreed/api/v4/room/$token/participants/active", ['force' => true]);
				$app->send($browser, 'POST', "/ocs/v2.php/apps/spreed/api/v4/call/$token", ['flags' => 7]);
			}
		};
		$answeredRequest = static function (DemoApp $app) use ($createdRequest, $talkAnswered): array {
			$request = $createdRequest($app);
			$talkAnswered($app, 'DemoContract001');
			return $request;
		};
		// nobody answered: the recipient hung up, and the request is older than a minute
		$unansweredRequest = static function (DemoApp $app) use ($createdRequest): array {
			$request = $createdRequest($app);
			$app->send('recipient', 'DELETE', self::REQUESTS . '/' . $request['path']['requestId'], null, $request['headers']);
			$app->db()->prepare('UPDATE oc_vv_requests SET created_at = created_at - 120 WHERE request_id = ?')->execute([$request['path']['requestId']]);
			return $request;
		};
		$askedCallback = static function (DemoApp $app) use ($unansweredRequest): array {
			$request = $unansweredRequest($app);
			$app->send('recipient', 'POST', self::REQUESTS . '/' . $request['path']['requestId'] . '/callback', ['message' => 'Please call me'], $request['headers']);
			return $request;
		};
		// alice approved and the recipient's poll unlocked its browser: a grant holds
		$grantedRequest = static function (DemoApp $app) use ($answeredRequest): array {
			$request = $answeredRequest($app);
			$app->send('alice', 'POST', self::REQUESTS . '/' . $request['path']['requestId'] . '/approve', []);
			$app->send('recipient', 'GET', self::REQUESTS . '/' . $request['path']['requestId'], null, $request['headers']);
			return $request;
		};
		return [
			'share_settings-show' => static function (DemoApp $app): array {
				$app->login('alice', 'alice');
				return ['browser' => 'alice', 'path' => ['shareId' => '1']];
			},
			'share_settings-update' => static function (DemoApp $app): array {
				$app->login('alice', 'alice');
				return ['browser' => 'alice', 'path' => ['shareId' => '1'], 'body' => ['enabled' => true, 'mode' => 'approve']];
			},
			'request-create' => static function (DemoApp $app) use ($verificationOn): array {
				$verificationOn($app);
				return ['browser' => 'recipient', 'body' => ['shareToken' => 'DemoContract001', 'displayName' => 'Carol Cole']];
			},
			'request-show' => $createdRequest,
			'request-cancel' => $createdRequest,
			'request-progress' => static function (DemoApp $app) use ($createdRequest): array {
				return $createdRequest($app) + ['body' => ['stage' => 'ringing']];
			},
			'request-password' => static function (DemoApp $app) use ($talkAnswered): array {
				$app->login('alice', 'alice');
				$app->send('alice', 'PUT', self::SHARE_SETTINGS . '3', ['enabled' => true, 'mode' => 'password']);
				$created = $app->send('recipient', 'POST', self::REQUESTS, ['shareToken' => DemoSeed::BANK_STATEMENT_TOKEN, 'displayName' => 'Carol Cole'])->data();
				$talkAnswered($app, DemoSeed::BANK_STATEMENT_TOKEN);
				return [
					'browser' => 'recipient',
					'path' => ['requestId' => $created['requestId']],
					'headers' => ['x-request-secret' => $created['secret']],
					'body' => ['password' => DemoSeed::BANK_STATEMENT_PASSWORD],
				];
			},
			'decision-records' => static function (DemoApp $app) use ($createdRequest): array {
				$createdRequest($app);
				return ['browser' => 'alice', 'path' => ['fileId' => '101']];
			},
			'decision-approve' => static function (DemoApp $app) use ($answeredRequest): array {
				return ['browser' => 'alice', 'path' => $answeredRequest($app)['path']];
			},
			'decision-decline' => static function (DemoApp $app) use ($createdRequest): array {
				return ['browser' => 'alice', 'path' => $createdRequest($app)['path']];
			},
			'id_check-start' => static function (DemoApp $app) use ($createdRequest): array {
				return ['browser' => 'alice', 'path' => $createdRequest($app)['path']];
			},
			'id_check-step' => static function (DemoApp $app) use ($createdRequest): array {
				$path = $createdRequest($app)['path'];
				$app->send('alice', 'POST', self::REQUESTS . '/' . $path['requestId'] . '/id-check', null);
				return ['browser' => 'alice', 'path' => $path, 'body' => ['step' => 1]];
			},
			'callback-ask' => static function (DemoApp $app) use ($unansweredRequest): array {
				return $unansweredRequest($app) + ['body' => ['message' => 'Please call me after 3 pm']];
			},
			'callback-show' => static function (DemoApp $app) use ($askedCallback): array {
				return $askedCallback($app);
			},
			'callback-call_back' => static function (DemoApp $app) use ($askedCallback): array {
				return ['browser' => 'alice', 'path' => $askedCallback($app)['path']];
			},
			'file_callback-list' => static function (DemoApp $app) use ($askedCallback): array {
				$askedCallback($app);
				return ['browser' => 'alice', 'path' => ['fileId' => '101']];
			},
			'grant-list' => static function (DemoApp $app) use ($grantedRequest): array {
				$grantedRequest($app);
				return ['browser' => 'alice', 'path' => ['shareId' => '1']];
			},
			'grant-revoke' => static function (DemoApp $app) use ($grantedRequest): array {
				$grantedRequest($app);
				$grantId = (string)$app->db()->query('SELECT MAX(id) FROM oc_vv_grants')->fetchColumn();
				return ['browser' => 'alice', 'path' => ['grantId' => $grantId]];
			},
			'record_chain-verify' => static function (DemoApp $app): array {
				$app->login('admin', 'admin');
				return ['browser' => 'admin'];
			},
			'office_hours-show' => static function (DemoApp $app): array {
				$app->login('alice', 'alice');
				return ['browser' => 'alice'];
			},
			'office_hours-update' => static function (DemoApp $app): array {
				$app->login('alice', 'alice');
				return ['browser' => 'alice', 'body' => ['enabled' => true, 'days' => [1, 2, 3, 4, 5], 'from' => '09:00', 'to' => '17:00']];
			},
			'admin_settings-show' => static function (DemoApp $app): array {
				$app->login('admin', 'admin');
				return ['browser' => 'admin'];
			},
			'admin_settings-update' => static function (DemoApp $app): array {
				$app->login('admin', 'admin');
				return ['browser' => 'admin', 'body' => [
					'usableBy' => 'everyone', 'allowedGroups' => [], 'requiredGroups' => [], 'defaultMode' => 'approve',
					'requestTtlMinutes' => 15, 'grantTtlMinutes' => 0, 'retentionDays' => 365,
				]];
			},
		];
	}

	/**
	 * Starts $this->app where the operation's valid request can be sent (the set-up, e.g.
	 * hashing a generated share password, runs once per operation).
	 *
	 * @param array{operationId: string, path: string, verb: string} $operation
	 * @return array{browser: string, path?: array<string, string>, headers?: array<string, string>, body?: array<string, mixed>}
	 */
	private function startFromBaseline(array $operation): array {
		$saved = self::$baselines[$operation['operationId']] ?? null;
		if ($saved === null) {
			$this->app = new DemoApp();
			$request = $this->baseline($operation);
			$saved = self::$baselines[$operation['operationId']] = ['state' => $this->app->state(), 'request' => $request];
			$this->app->cleanUp();
		}
		$this->app = new DemoApp(true, $saved['state']);
		// The saved state is replayed later on the real clock: its recipient's page is still
		// open (it polled just now), or its request would read as abandoned.
		$this->app->db()->prepare('UPDATE oc_vv_requests SET last_seen_at = ? WHERE last_seen_at IS NOT NULL')->execute([time()]);
		return $saved['request'];
	}

	/**
	 * @param array{operationId: string, path: string, verb: string} $operation
	 * @return array{browser: string, path?: array<string, string>, headers?: array<string, string>, body?: array<string, mixed>}
	 */
	private function baseline(array $operation): array {
		$example = self::validRequests()[$operation['operationId']] ?? null;
		if ($example !== null) {
			return $example($this->app);
		}
		// No example: a caller who passes the route's login checks, ids that exist in the seed.
		$method = OurRoutes::method($operation['verb'] . ' ' . $operation['path']);
		$browser = match (true) {
			$method->getAttributes(PublicPage::class) !== [] => 'stranger',
			$method->getAttributes(NoAdminRequired::class) !== [] => 'alice',
			default => 'admin',
		};
		$this->app->login($browser, $browser);
		preg_match_all('/\{(\w+)\}/', $operation['path'], $names);
		return ['browser' => $browser, 'path' => array_fill_keys($names[1], '1')];
	}

	/**
	 * @param array<string, string> $parameters
	 */
	private function url(string $path, array $parameters): string {
		return (string)preg_replace_callback('/\{(\w+)\}/', static fn (array $m): string => rawurlencode($parameters[$m[1]] ?? '1'), $path);
	}

	protected function tearDown(): void {
		$this->app?->cleanUp();
		$this->app = null;
		parent::tearDown();
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Request;

use OCA\VideoVerification\Controller\RequestController;
use OCA\VideoVerification\Db\ShareSettings;
use OCA\VideoVerification\Db\ShareSettingsMapper;
use OCA\VideoVerification\Db\VerificationMode;
use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCA\VideoVerification\Db\VerificationRequestStatus;
use OCA\VideoVerification\Service\AdminPolicy;
use OCA\VideoVerification\Service\RequestAccess;
use OCA\VideoVerification\Service\RequestCredentialsIssuer;
use OCA\VideoVerification\Service\RequesterNameNormalizer;
use OCA\VideoVerification\Service\RequestLimits;
use OCA\VideoVerification\Service\RequestSecretHasher;
use OCA\VideoVerification\Service\RequestService;
use OCA\VideoVerification\Service\RequestSessionBinding;
use OCA\VideoVerification\Service\RequestShareResolver;
use OCA\VideoVerification\Service\TalkAvailability;
use OCA\VideoVerification\Tests\Support\Db\MigrationRunner;
use OCA\VideoVerification\Tests\Support\Db\SqliteConnection;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IAppConfig;
use OCP\ICacheFactory;
use OCP\IConfig;
use OCP\IDBConnection;
use OCP\IL10N;
use OCP\IRequest;
use OCP\Share\Exceptions\ShareNotFound;
use OCP\Share\IManager;
use OCP\Share\IShare;

/**
 * The real request services on an in-memory SQLite database. Nextcloud's services are
 * doubles: public shares by token (addPublicShare), one PHP session per browser name,
 * a distributed cache shared by all, a clock at $now, Talk enabled for $talkUsers.
 */
trait RequestStack {
	public const NOW = 1_800_000_000;
	public const SERVER_SECRET = 'instance-secret-of-config-php';

	protected SqliteConnection $db;
	protected int $now = self::NOW;
	protected InMemoryCache $cache;
	protected RecordingSecureRandom $random;
	/** @var list<string> */
	protected array $talkUsers = ['alice'];
	/** the app config value request_ttl, null when not set */
	protected ?int $configuredTtl = null;
	/** runs just before the mapper moves a request to another status: another server acting meanwhile */
	protected ?\Closure $beforeTransition = null;
	/** @var array<string, InMemorySession> */
	private array $sessions = [];
	/** @var array<string, array<string, mixed>> token => share properties */
	private array $publicShares = [];

	protected function setUpRequestStack(): void {
		$this->db = new SqliteConnection(':memory:');
		(new MigrationRunner($this->db))->migrate();
		$this->cache = new InMemoryCache();
		$this->random = new RecordingSecureRandom();
	}

	/**
	 * @param array{id?: string, token?: string, type?: int, sharedBy?: string, sharedWith?: string, target?: string, sendPasswordByTalk?: bool, verification?: ?string} $properties
	 *        verification: our mode ('approve' or 'password'), or null for no vv_share_settings row
	 */
	protected function addPublicShare(array $properties = []): void {
		$share = $properties + [
			'id' => '1',
			'token' => 'DemoContract001',
			'type' => IShare::TYPE_LINK,
			'sharedBy' => 'alice',
			'sharedWith' => '',
			'target' => '/Contract.pdf',
			'sendPasswordByTalk' => true,
			'verification' => 'approve',
		];
		$this->publicShares[$share['token']] = $share;
		if ($share['verification'] !== null) {
			(new ShareSettingsMapper($this->db))->save(
				new ShareSettings((int)$share['id'], VerificationMode::from($share['verification']), 'alice', self::NOW - 60, true),
			);
		}
	}

	protected function session(string $browser = 'recipient'): InMemorySession {
		return $this->sessions[$browser] ??= new InMemorySession($browser);
	}

	protected function requestService(string $browser = 'recipient'): RequestService {
		$l10n = $this->requestL10n();
		$time = $this->createMock(ITimeFactory::class);
		$time->method('getTime')->willReturnCallback(fn (): int => $this->now);
		$config = $this->createMock(IConfig::class);
		$config->method('getSystemValueString')->willReturnCallback(
			static fn (string $key, string $default = ''): string => $key === 'secret' ? self::SERVER_SECRET : $default,
		);
		$appConfig = $this->createMock(IAppConfig::class);
		$appConfig->method('getValueInt')->willReturnCallback(
			fn (string $app, string $key, int $default = 0): int => $app === 'video_verification' && $key === 'request_ttl' && $this->configuredTtl !== null ? $this->configuredTtl : $default,
		);
		$cacheFactory = $this->createMock(ICacheFactory::class);
		$cacheFactory->method('createDistributed')->willReturn($this->cache);
		$talk = $this->createMock(TalkAvailability::class);
		$talk->method('isEnabledForUserId')->willReturnCallback(fn (string $uid): bool => in_array($uid, $this->talkUsers, true));

		$mapper = new class($this->db, fn () => $this->beforeTransition) extends VerificationRequestMapper {
			public function __construct(IDBConnection $db, private \Closure $hook) {
				parent::__construct($db);
			}

			public function transition(string $requestId, VerificationRequestStatus $from, VerificationRequestStatus $to): bool {
				(($this->hook)() ?? static fn () => null)($requestId);
				return parent::transition($requestId, $from, $to);
			}
		};
		$hasher = new RequestSecretHasher($config);
		$binding = new RequestSessionBinding($this->session($browser), $this->random, $hasher);
		return new RequestService(
			new RequestShareResolver($this->publicShareManager(), new ShareSettingsMapper($this->db), $talk, $l10n),
			new RequesterNameNormalizer($l10n),
			new RequestLimits($mapper, $cacheFactory, $time, $l10n),
			new RequestCredentialsIssuer($this->random, $hasher, $binding),
			new RequestAccess($mapper, $hasher, $binding, $l10n),
			$mapper,
			$appConfig,
			$time,
			$l10n,
			new AdminPolicy($appConfig),
		);
	}

	/**
	 * @param string|null $secret the X-Request-Secret header, null when not sent
	 */
	protected function requestController(string $browser = 'recipient', ?string $secret = null): RequestController {
		$request = $this->createMock(IRequest::class);
		$request->method('getHeader')->willReturnCallback(
			static fn (string $name): string => strcasecmp($name, 'X-Request-Secret') === 0 ? ($secret ?? '') : '',
		);
		return new RequestController($request, $this->requestService($browser));
	}

	/**
	 * @return list<array<string, mixed>> the rows of vv_requests
	 */
	protected function requestRows(): array {
		return $this->db->executeQuery('SELECT * FROM `*PREFIX*vv_requests` ORDER BY `id`')->fetchAllAssociative();
	}

	protected function requestL10n(): IL10N {
		$l10n = $this->createMock(IL10N::class);
		$l10n->method('t')->willReturnCallback(static fn (string $text, $parameters = []): string => vsprintf($text, (array)$parameters));
		return $l10n;
	}

	private function publicShareManager(): IManager {
		$manager = $this->createMock(IManager::class);
		$manager->method('getShareByToken')->willReturnCallback(function ($token): IShare {
			$properties = $this->publicShares[$token] ?? null;
			if ($properties === null) {
				throw new ShareNotFound();
			}
			$share = $this->createMock(IShare::class);
			$share->method('getId')->willReturn($properties['id']);
			$share->method('getToken')->willReturn($properties['token']);
			$share->method('getShareType')->willReturn($properties['type']);
			$share->method('getSharedBy')->willReturn($properties['sharedBy']);
			$share->method('getSharedWith')->willReturn($properties['sharedWith']);
			$share->method('getTarget')->willReturn($properties['target']);
			$share->method('getSendPasswordByTalk')->willReturn($properties['sendPasswordByTalk']);
			return $share;
		});
		return $manager;
	}
}

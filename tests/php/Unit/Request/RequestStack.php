<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Request;

use OCA\Talk\Events\AParticipantModifiedEvent;
use OCA\Talk\Events\ParticipantModifiedEvent;
use OCA\Talk\Events\RoomCreatedEvent;
use OCA\Talk\Model\Attendee as TalkAttendee;
use OCA\Talk\Model\Session as TalkSession;
use OCA\Talk\Participant as TalkParticipant;
use OCA\Talk\Room as TalkRoom;
use OCA\VideoVerification\Listener\TalkCallListener;
use OCA\VideoVerification\Service\Talk\TalkCallProgress;
use OCA\VideoVerification\Activity\RequestActivityPublisher;
use OCA\VideoVerification\Controller\CallbackController;
use OCA\VideoVerification\Controller\DecisionController;
use OCA\VideoVerification\Controller\IdCheckController;
use OCA\VideoVerification\Controller\RequestController;
use OCA\VideoVerification\Db\CallbackMapper;
use OCA\VideoVerification\Db\GrantMapper;
use OCA\VideoVerification\Db\ShareSettings;
use OCA\VideoVerification\Db\ShareSettingsMapper;
use OCA\VideoVerification\Db\VerificationMode;
use OCA\VideoVerification\Db\VerificationRequest;
use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCA\VideoVerification\Db\VerificationRequestStatus;
use OCA\VideoVerification\Demo\Ocp\Activity\DemoActivityEvent;
use OCA\VideoVerification\Demo\Ocp\Cache\ArrayCache;
use OCA\VideoVerification\Demo\Ocp\Notification\DemoNotification;
use OCA\VideoVerification\Listener\ShareDeletedListener;
use OCA\VideoVerification\Notification\PasswordLockoutNotifications;
use OCA\VideoVerification\Notification\CallbackNotifications;
use OCA\VideoVerification\Notification\RequestNotifications;
use OCA\VideoVerification\Service\Policy\AdminPolicy;
use OCA\VideoVerification\Service\Callback\CallbackService;
use OCA\VideoVerification\Service\Decision\ChecklistParser;
use OCA\VideoVerification\Service\Decision\IdCheckDraw;
use OCA\VideoVerification\Service\Decision\IdCheckPrompts;
use OCA\VideoVerification\Service\Decision\IdCheckService;
use OCA\VideoVerification\Service\OfficeHours\OfficeHoursStore;
use OCA\VideoVerification\Service\Request\RequestAccess;
use OCA\VideoVerification\Service\Request\RequestCredentialsIssuer;
use OCA\VideoVerification\Service\Decision\RequestDecisionService;
use OCA\VideoVerification\Service\Request\RequestEditorAccess;
use OCA\VideoVerification\Service\Request\RequesterNameNormalizer;
use OCA\VideoVerification\Service\Request\RequestLimits;
use OCA\VideoVerification\Service\Request\RequestSecretHasher;
use OCA\VideoVerification\Service\Request\RequestAdmission;
use OCA\VideoVerification\Service\Request\RequestOpening;
use OCA\VideoVerification\Service\Request\RequestPasswordCheck;
use OCA\VideoVerification\Service\Request\RequestService;
use OCA\VideoVerification\Service\Request\RequestSessionBinding;
use OCA\VideoVerification\Service\ShareSession\ShareSessionAccess;
use OCA\VideoVerification\Service\Request\RequestShareResolver;
use OCA\VideoVerification\Db\RecordChainMapper;
use OCA\VideoVerification\Service\Records\RecordChain;
use OCA\VideoVerification\Service\Request\RequestTransitions;
use OCA\VideoVerification\Service\ShareSettings\ShareResolver;
use OCA\VideoVerification\Service\Talk\TalkAvailability;
use OCA\VideoVerification\Tests\Support\Db\MigrationRunner;
use OCA\VideoVerification\Tests\Support\Db\SqliteConnection;
use OCP\Activity\IEvent;
use OCP\Activity\IManager as IActivityManager;
use OCP\App\IAppManager;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\Config\IUserConfig;
use OCP\IAppConfig;
use OCP\IConfig;
use OCP\IDBConnection;
use OCP\IL10N;
use OCP\IRequest;
use OCP\IUser;
use OCP\IUserManager;
use OCP\IUserSession;
use OCP\Notification\IManager as INotificationManager;
use OCP\Notification\INotification;
use OCP\Share\Events\ShareDeletedEvent;
use OCP\Share\Exceptions\ShareNotFound;
use OCP\Share\IManager;
use OCP\Share\IShare;
use Psr\Log\LoggerInterface;

/**
 * The real request services on an in-memory SQLite database. Nextcloud's services are
 * doubles: public shares by token and id (addPublicShare), one PHP session per browser
 * name, a distributed cache shared by all, a clock at $now, Talk enabled for $talkUsers,
 * a notification manager and an activity manager that record what they get.
 */
trait RequestStack {
	public const NOW = 1_800_000_000;
	public const SERVER_SECRET = 'instance-secret-of-config-php';
	/** the share password of every share made by addPublicShare, and its "hash" */
	public const SHARE_PASSWORD = 'Tell-me-in-the-call-42';
	public const SHARE_PASSWORD_HASH = '3|hash-of-the-share-password';

	protected SqliteConnection $db;
	protected int $now = self::NOW;
	protected ArrayCache $cache;
	protected RecordingSecureRandom $random;
	/** @var list<string> */
	protected array $talkUsers = ['alice'];
	/** the app config value request_ttl, null when not set */
	protected ?int $configuredTtl = null;
	/** the admin setting "Allow calls without video" */
	protected bool $callsWithoutVideo = false;
	/** runs just before the mapper writes a request's new state: another server acting meanwhile */
	protected ?\Closure $beforeTransition = null;
	protected bool $activityEnabled = true;
	/** @var list<INotification> */
	protected array $notified = [];
	/** @var list<array{app: string, objectType: string, objectId: string, user: string}> */
	protected array $processedNotifications = [];
	/** @var list<IEvent> */
	protected array $activities = [];
	/** @var array<string, InMemorySession> */
	private array $sessions = [];
	/** @var array<string, array<string, mixed>> token => share properties */
	private array $publicShares = [];

	protected function setUpRequestStack(): void {
		$this->db = new SqliteConnection(':memory:');
		(new MigrationRunner($this->db))->migrate();
		$this->cache = new ArrayCache();
		$this->random = new RecordingSecureRandom();
	}

	/**
	 * @param array{id?: string, token?: string, type?: int, owner?: string, sharedBy?: string, sharedWith?: string, target?: string, nodeId?: int, sendPasswordByTalk?: bool, verification?: ?string} $properties
	 *        verification: our mode ('approve' or 'password'), or null for no vv_share_settings row
	 */
	protected function addPublicShare(array $properties = []): void {
		$share = $properties + [
			'id' => '1',
			'token' => 'DemoContract001',
			'type' => IShare::TYPE_LINK,
			'owner' => 'alice',
			'sharedBy' => 'alice',
			'sharedWith' => '',
			'target' => '/Contract.pdf',
			'nodeId' => 100,
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

	/**
	 * Deletes the share as Nextcloud does, which dispatches ShareDeletedEvent to our listener.
	 */
	protected function deletePublicShare(string $token): void {
		$share = $this->shareObject($this->publicShares[$token]);
		unset($this->publicShares[$token]);
		$this->shareDeletedListener()->handle(new ShareDeletedEvent($share));
	}

	protected function shareDeletedListener(): ShareDeletedListener {
		return new ShareDeletedListener(new ShareSettingsMapper($this->db), $this->mapper(), $this->transitions(), $this->time(), new GrantMapper($this->db));
	}

	protected function session(string $browser = 'recipient'): InMemorySession {
		return $this->sessions[$browser] ??= new InMemorySession($browser);
	}

	protected function requestOpening(string $browser = 'recipient'): RequestOpening {
		$l10n = $this->requestL10n();
		$mapper = $this->mapper();
		return new RequestOpening(
			new RequesterNameNormalizer($l10n),
			new RequestAdmission(
				$this->requestShareResolver(),
				new OfficeHoursStore($this->userConfig(), $l10n),
				$this->requestAccess($browser),
				$this->transitions(),
				new RequestLimits($mapper, $this->time(), $l10n),
			),
			new RequestCredentialsIssuer($this->random, $this->secretHasher(), $this->sessionBinding($browser)),
			$mapper,
			$this->requestNotifications(),
			$this->adminPolicy(),
			$this->time(),
			$l10n,
		);
	}

	protected function requestService(string $browser = 'recipient'): RequestService {
		$l10n = $this->requestL10n();
		return new RequestService(
			$this->requestAccess($browser),
			$this->transitions(),
			$this->mapper(),
			$this->requestShareResolver(),
			$this->shareSessionAccess($browser),
			new IdCheckPrompts($l10n),
			$this->time(),
			$l10n,
		);
	}

	protected function requestPasswordCheck(string $browser = 'recipient'): RequestPasswordCheck {
		$l10n = $this->requestL10n();
		return new RequestPasswordCheck(
			$this->requestAccess($browser),
			$this->transitions(),
			$this->requestShareResolver(),
			$this->shareSessionAccess($browser),
			new PasswordLockoutNotifications($this->notificationManager()),
			new IdCheckPrompts($l10n),
			$this->time(),
			$l10n,
		);
	}

	private function secretHasher(): RequestSecretHasher {
		$config = $this->createMock(IConfig::class);
		$config->method('getSystemValueString')->willReturnCallback(
			static fn (string $key, string $default = ''): string => $key === 'secret' ? self::SERVER_SECRET : $default,
		);
		return new RequestSecretHasher($config);
	}

	private function sessionBinding(string $browser): RequestSessionBinding {
		return new RequestSessionBinding($this->session($browser), $this->random, $this->secretHasher());
	}

	private function requestAccess(string $browser): RequestAccess {
		return new RequestAccess($this->mapper(), $this->secretHasher(), $this->sessionBinding($browser), $this->requestL10n());
	}

	private function requestShareResolver(): RequestShareResolver {
		$talk = $this->createMock(TalkAvailability::class);
		$talk->method('isEnabledForUserId')->willReturnCallback(fn (string $uid): bool => in_array($uid, $this->talkUsers, true));
		return new RequestShareResolver($this->publicShareManager(), new ShareSettingsMapper($this->db), $talk, $this->requestL10n());
	}

	/**
	 * The app config as the request services read it: request_ttl and "Allow calls without video"
	 */
	private function adminPolicy(): AdminPolicy {
		$appConfig = $this->createMock(IAppConfig::class);
		$appConfig->method('getValueInt')->willReturnCallback(
			fn (string $app, string $key, int $default = 0): int => $app === 'video_verification' && $key === 'request_ttl' && $this->configuredTtl !== null ? $this->configuredTtl : $default,
		);
		$appConfig->method('getValueBool')->willReturnCallback(
			fn (string $app, string $key, bool $default = false): bool => $app === 'video_verification' && $key === AdminPolicy::KEY_CALLS_WITHOUT_VIDEO ? $this->callsWithoutVideo : $default,
		);
		return new AdminPolicy($appConfig);
	}

	private function shareSessionAccess(string $browser): ShareSessionAccess {
		return new ShareSessionAccess($this->session($browser), $this->time(), $this->adminPolicy(), new GrantMapper($this->db));
	}

	protected function talkCallListener(string $browser = 'recipient'): TalkCallListener {
		return new TalkCallListener(new TalkCallProgress($this->requestAccess($browser), $this->mapper(), $this->transitions(), $this->requestNotifications(), $this->time()));
	}

	/**
	 * Talk's PublicShareAuthController makes the share's "share:password" room, in the
	 * recipient's own HTTP request (so in their browser session).
	 *
	 * @return TalkRoom the room Talk created
	 */
	protected function talkCreatesRoom(string $shareToken, string $browser = 'recipient'): TalkRoom {
		$room = new TalkRoom('room' . substr(md5($shareToken . $browser . $this->now . count($this->notified)), 0, 8), TalkRoom::TYPE_PUBLIC, TalkRoom::OBJECT_TYPE_VIDEO_VERIFICATION, $shareToken);
		$this->talkCallListener($browser)->handle(new RoomCreatedEvent($room));
		return $room;
	}

	/**
	 * Talk's ParticipantService::changeInCall for a guest ("guests") or a user ("users").
	 */
	protected function talkCallFlags(TalkRoom $room, string $actorType, string $actorId, int $flags, int $oldFlags = 0): void {
		$participant = new TalkParticipant($room, new TalkAttendee($actorType, $actorId, $actorType === 'users' ? TalkParticipant::OWNER : TalkParticipant::GUEST), new TalkSession('session-' . $actorId, $flags));
		$this->talkCallListener('talk')->handle(new ParticipantModifiedEvent($room, $participant, AParticipantModifiedEvent::PROPERTY_IN_CALL, $flags, $oldFlags));
	}

	/**
	 * The recipient's page made the room and joined its call: Talk rings the sharer.
	 */
	protected function talkRings(string $shareToken, string $browser = 'recipient'): TalkRoom {
		$room = $this->talkCreatesRoom($shareToken, $browser);
		$this->talkCallFlags($room, 'guests', 'guest-' . $browser, 7);
		return $room;
	}

	/**
	 * ... and the sharer joined it too.
	 */
	protected function talkAnswers(string $shareToken, string $browser = 'recipient', string $sharer = 'alice'): TalkRoom {
		$room = $this->talkRings($shareToken, $browser);
		$this->talkCallFlags($room, 'users', $sharer, 7);
		return $room;
	}

	/**
	 * @param string|null $secret the X-Request-Secret header, null when not sent
	 */
	protected function requestController(string $browser = 'recipient', ?string $secret = null): RequestController {
		$request = $this->createMock(IRequest::class);
		$request->method('getHeader')->willReturnCallback(
			static fn (string $name): string => strcasecmp($name, 'X-Request-Secret') === 0 ? ($secret ?? '') : '',
		);
		return new RequestController($request, $this->requestOpening($browser), $this->requestService($browser), $this->requestPasswordCheck($browser));
	}

	protected function decisionService(): RequestDecisionService {
		$l10n = $this->requestL10n();
		$apps = $this->createMock(IAppManager::class);
		$apps->method('isEnabledForAnyone')->willReturnCallback(fn (string $app): bool => $app === 'activity' && $this->activityEnabled);
		$activityManager = $this->createMock(IActivityManager::class);
		$activityManager->method('generateEvent')->willReturnCallback(fn (): IEvent => new DemoActivityEvent());
		$activityManager->method('publish')->willReturnCallback(function (IEvent $event): void {
			$this->activities[] = $event;
		});
		$users = $this->createMock(IUserManager::class);
		$users->method('getDisplayName')->willReturnCallback(static fn (string $uid): ?string => ['alice' => 'Alice Adams', 'bob' => 'Bob Baker'][$uid] ?? null);
		return new RequestDecisionService(
			new RequestEditorAccess($this->mapper(), new ShareResolver($this->publicShareManager(), $l10n), $l10n),
			$this->transitions(),
			new ChecklistParser($l10n),
			new RequestActivityPublisher($activityManager, $apps, $this->createMock(LoggerInterface::class)),
			$this->mapper(),
			new IdCheckPrompts($l10n),
			$users,
			$this->time(),
			$l10n,
		);
	}

	/**
	 * @param string|null $user the logged-in user, null for a guest
	 */
	protected function idCheckController(?string $user = 'alice'): IdCheckController {
		$l10n = $this->requestL10n();
		$session = $this->createMock(IUserSession::class);
		$session->method('getUser')->willReturn($user === null ? null : $this->requestUser($user));
		$users = $this->createMock(IUserManager::class);
		$users->method('getDisplayName')->willReturnCallback(static fn (string $uid): ?string => ['alice' => 'Alice Adams'][$uid] ?? null);
		$prompts = new IdCheckPrompts($l10n);
		return new IdCheckController($this->createMock(IRequest::class), new IdCheckService(
			new RequestEditorAccess($this->mapper(), new ShareResolver($this->publicShareManager(), $l10n), $l10n),
			$this->transitions(),
			new IdCheckDraw($prompts),
			$prompts,
			$users,
			$this->time(),
			$l10n,
		), $session);
	}

	protected function decisionController(?string $user = 'alice'): DecisionController {
		$session = $this->createMock(IUserSession::class);
		$session->method('getUser')->willReturn($user === null ? null : $this->requestUser($user));
		return new DecisionController($this->createMock(IRequest::class), $this->decisionService(), $session);
	}

	/**
	 * "Ask to be called back" (issue 7): the recipient's side with the secret header from
	 * $browser, the sharer's with $user; notifications land in $notified / $processedNotifications.
	 */
	protected function callbackController(string $browser = 'recipient', ?string $secret = null, ?string $user = null): CallbackController {
		$l10n = $this->requestL10n();
		$manager = $this->createMock(INotificationManager::class);
		$manager->method('createNotification')->willReturnCallback(static fn (): INotification => new DemoNotification());
		$manager->method('notify')->willReturnCallback(function (INotification $notification): void {
			$this->notified[] = $notification;
		});
		$manager->method('markProcessed')->willReturnCallback(function (INotification $notification): void {
			$this->processedNotifications[] = [
				'app' => $notification->getApp(),
				'objectType' => $notification->getObjectType(),
				'objectId' => $notification->getObjectId(),
				'user' => $notification->getUser(),
			];
		});
		$service = new CallbackService(
			$this->requestAccess($browser),
			new RequestEditorAccess($this->mapper(), new ShareResolver($this->publicShareManager(), $l10n), $l10n),
			$this->transitions(),
			new CallbackMapper($this->db),
			new CallbackNotifications($manager),
			$this->time(),
			$l10n,
		);
		$request = $this->createMock(IRequest::class);
		$request->method('getHeader')->willReturnCallback(
			static fn (string $name): string => strcasecmp($name, 'X-Request-Secret') === 0 ? ($secret ?? '') : '',
		);
		$session = $this->createMock(IUserSession::class);
		$session->method('getUser')->willReturn($user === null ? null : $this->requestUser($user));
		return new CallbackController($request, $service, $session);
	}

	/** @var array<string, string> "uid/app/key" => value, the users' config */
	protected array $userValues = [];

	protected function userConfig(): IUserConfig {
		$config = $this->createMock(IUserConfig::class);
		$config->method('getValueString')->willReturnCallback(fn (string $uid, string $app, string $key, string $default = ''): string => $this->userValues["$uid/$app/$key"] ?? $default);
		$config->method('setValueString')->willReturnCallback(function (string $uid, string $app, string $key, string $value): bool {
			$changed = ($this->userValues["$uid/$app/$key"] ?? null) !== $value;
			$this->userValues["$uid/$app/$key"] = $value;
			return $changed;
		});
		$config->method('deleteUserConfig')->willReturnCallback(function (string $uid, string $app, string $key): void {
			unset($this->userValues["$uid/$app/$key"]);
		});
		return $config;
	}

	protected function requestUser(string $uid): IUser {
		$user = $this->createMock(IUser::class);
		$user->method('getUID')->willReturn($uid);
		return $user;
	}

	protected function mapper(): VerificationRequestMapper {
		return new class($this->db, fn () => $this->beforeTransition) extends VerificationRequestMapper {
			public function __construct(private IDBConnection $connection, private \Closure $hook) {
				parent::__construct($connection);
			}

			public function update(VerificationRequest $changed, VerificationRequestStatus ...$expected): bool {
				// A change to a final state runs in RecordChain::finish's transaction: there the other
				// server acted before it began (transitions()), as its write was committed on its own.
				if (!$this->connection->inTransaction()) {
					(($this->hook)() ?? static fn () => null)($changed->requestId);
				}
				return parent::update($changed, ...$expected);
			}
		};
	}

	protected function transitions(): RequestTransitions {
		$chain = new class($this->db, new RecordChainMapper($this->db), fn () => $this->beforeTransition) extends RecordChain {
			public function __construct(IDBConnection $db, RecordChainMapper $mapper, private \Closure $hook) {
				parent::__construct($db, $mapper);
			}

			public function finish(string $requestId, callable $write): bool {
				(($this->hook)() ?? static fn () => null)($requestId);
				return parent::finish($requestId, $write);
			}
		};
		return new RequestTransitions($this->mapper(), $this->requestNotifications(), $chain);
	}

	protected function requestNotifications(): RequestNotifications {
		return new RequestNotifications($this->notificationManager());
	}

	protected function notificationManager(): INotificationManager {
		$manager = $this->createMock(INotificationManager::class);
		$manager->method('createNotification')->willReturnCallback(static fn (): INotification => new DemoNotification());
		$manager->method('notify')->willReturnCallback(function (INotification $notification): void {
			$this->notified[] = $notification;
		});
		$manager->method('markProcessed')->willReturnCallback(function (INotification $notification): void {
			$this->processedNotifications[] = [
				'app' => $notification->getApp(),
				'objectType' => $notification->getObjectType(),
				'objectId' => $notification->getObjectId(),
				'user' => $notification->getUser(),
			];
		});
		return $manager;
	}

	protected function time(): ITimeFactory {
		$time = $this->createMock(ITimeFactory::class);
		$time->method('getTime')->willReturnCallback(fn (): int => $this->now);
		return $time;
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
		$l10n->method('l')->willReturnCallback(static fn (string $type, $data): string => gmdate('H:i', (int)$data));
		$l10n->method('n')->willReturnCallback(static fn (string $singular, string $plural, int $count): string => str_replace('%n', (string)$count, $count === 1 ? $singular : $plural));
		return $l10n;
	}

	private function publicShareManager(): IManager {
		$manager = $this->createMock(IManager::class);
		$manager->method('getShareByToken')->willReturnCallback(function ($token): IShare {
			$properties = $this->publicShares[$token] ?? null;
			if ($properties === null) {
				throw new ShareNotFound();
			}
			return $this->shareObject($properties);
		});
		$manager->method('getShareById')->willReturnCallback(function ($fullId): IShare {
			[$provider, $id] = explode(':', (string)$fullId, 2) + [1 => ''];
			foreach ($this->publicShares as $properties) {
				$expected = $properties['type'] === IShare::TYPE_EMAIL ? 'ocMailShare' : 'ocinternal';
				if ($properties['id'] === $id && $provider === $expected) {
					return $this->shareObject($properties);
				}
			}
			throw new ShareNotFound();
		});
		$manager->method('checkPassword')->willReturnCallback(
			static fn (IShare $share, $password): bool => $password === self::SHARE_PASSWORD && $share->getPassword() === self::SHARE_PASSWORD_HASH,
		);
		return $manager;
	}

	/**
	 * @param array<string, mixed> $properties
	 */
	private function shareObject(array $properties): IShare {
		$share = $this->createMock(IShare::class);
		$share->method('getId')->willReturn($properties['id']);
		$share->method('getToken')->willReturn($properties['token']);
		$share->method('getShareType')->willReturn($properties['type']);
		$share->method('getShareOwner')->willReturn($properties['owner']);
		$share->method('getSharedBy')->willReturn($properties['sharedBy']);
		$share->method('getSharedWith')->willReturn($properties['sharedWith']);
		$share->method('getTarget')->willReturn($properties['target']);
		$share->method('getNodeId')->willReturn($properties['nodeId']);
		$share->method('getPermissions')->willReturn(1);
		$share->method('getPassword')->willReturn(self::SHARE_PASSWORD_HASH);
		$share->method('getSendPasswordByTalk')->willReturn($properties['sendPasswordByTalk']);
		return $share;
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\AppInfo;

use OCA\Files\Event\LoadSidebar;
use OCA\Files_Sharing\Event\BeforeTemplateRenderedEvent;
use OCA\Talk\Events\ParticipantModifiedEvent;
use OCA\Talk\Events\RoomCreatedEvent;
use OCA\VideoVerification\Listener\LoadSidebarListener;
use OCA\VideoVerification\Listener\OfficeHoursStateListener;
use OCA\VideoVerification\Listener\PublicDavGrantListener;
use OCA\VideoVerification\Listener\PublicShareAuthListener;
use OCA\VideoVerification\Listener\ShareDeletedListener;
use OCA\VideoVerification\Listener\ShareGrantExpiryListener;
use OCA\VideoVerification\Listener\SharePolicyListener;
use OCA\VideoVerification\Listener\TalkCallListener;
use OCA\VideoVerification\Middleware\GrantEnforcementMiddleware;
use OCA\VideoVerification\Middleware\SharePolicyMiddleware;
use OCA\VideoVerification\Notification\CallbackNotifier;
use OCA\VideoVerification\Notification\Notifier;
use OCA\VideoVerification\Notification\PasswordLockoutNotifier;
use OCA\VideoVerification\SetupCheck\CallStartCheck;
use OCA\VideoVerification\SetupCheck\IceServersCheck;
use OCA\VideoVerification\SetupCheck\SignalingCheck;
use OCA\VideoVerification\SetupCheck\TalkInstalledCheck;
use OCP\AppFramework\App;
use OCP\AppFramework\Bootstrap\IBootContext;
use OCP\AppFramework\Bootstrap\IBootstrap;
use OCP\AppFramework\Bootstrap\IRegistrationContext;
use OCP\BeforeSabrePubliclyLoadedEvent;
use OCP\Share\Events\BeforeShareCreatedEvent;
use OCP\Share\Events\ShareCreatedEvent;
use OCP\Share\Events\ShareDeletedEvent;
use OCP\Share\Events\ShareUpdatedEvent;

class Application extends App implements IBootstrap {
	public const APP_ID = 'video_verification';

	public function __construct(array $urlParams = []) {
		parent::__construct(self::APP_ID, $urlParams);
	}

	public function register(IRegistrationContext $context): void {
		$context->registerEventListener(LoadSidebar::class, LoadSidebarListener::class);
		$context->registerEventListener(ShareDeletedEvent::class, ShareDeletedListener::class);
		// Talk's word on the call (class names only: nothing is loaded while Talk is absent).
		$context->registerEventListener(RoomCreatedEvent::class, TalkCallListener::class);
		$context->registerEventListener(ParticipantModifiedEvent::class, TalkCallListener::class);
		// Must run before Talk's own listener on the password page (priority 0), see the listener.
		$context->registerEventListener(
			BeforeTemplateRenderedEvent::class,
			PublicShareAuthListener::class,
			PublicShareAuthListener::PRIORITY,
		);
		// Before PublicShareAuthListener stops the event: whether the sharer takes calls now.
		$context->registerEventListener(
			BeforeTemplateRenderedEvent::class,
			OfficeHoursStateListener::class,
			OfficeHoursStateListener::PRIORITY,
		);
		// The share's public page (no scope): ends verified grants past the admin's lifetime.
		$context->registerEventListener(
			BeforeTemplateRenderedEvent::class,
			ShareGrantExpiryListener::class,
			ShareGrantExpiryListener::PRIORITY,
		);
		$context->registerNotifierService(Notifier::class);
		$context->registerNotifierService(CallbackNotifier::class);
		$context->registerNotifierService(PasswordLockoutNotifier::class);
		$context->registerEventListener(BeforeShareCreatedEvent::class, SharePolicyListener::class);
		$context->registerEventListener(ShareCreatedEvent::class, SharePolicyListener::class);
		// Nextcloud 35+; on 33 and 34 the class does not exist and nothing dispatches it
		$context->registerEventListener(ShareUpdatedEvent::class, SharePolicyListener::class);
		// Global (Nextcloud 26+): also runs around files_sharing's controllers, where it refuses
		// an update that would switch a required share's verification off (33 and 34 have no event)
		$context->registerMiddleware(SharePolicyMiddleware::class, true);
		$context->registerMiddleware(GrantEnforcementMiddleware::class, true);
		$context->registerEventListener(BeforeSabrePubliclyLoadedEvent::class, PublicDavGrantListener::class);
		$context->registerSetupCheck(TalkInstalledCheck::class);
		$context->registerSetupCheck(SignalingCheck::class);
		$context->registerSetupCheck(IceServersCheck::class);
		$context->registerSetupCheck(CallStartCheck::class);
	}

	public function boot(IBootContext $context): void {
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Notifications;

use OCA\VideoVerification\Demo\Ocp\Notification\DemoNotificationManager;
use OCA\VideoVerification\Demo\Storage\DemoDatabase;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\NoAdminRequired;
use OCP\AppFramework\Http\Attribute\NoCSRFRequired;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\OCSController;
use OCP\IRequest;
use OCP\IUserSession;
use OCP\Notification\AlreadyProcessedException;
use OCP\Notification\IAction;
use OCP\Notification\INotification;

/**
 * Stand-in for the notifications app's EndpointController: list (prepared by the registered
 * notifiers; obsolete ones are dropped) and delete the current user's notifications in the
 * app's response shape (no ETag handling).
 */
final class EndpointController extends OCSController {
	public function __construct(
		string $appName,
		IRequest $request,
		private readonly DemoDatabase $db,
		private readonly IUserSession $userSession,
		private readonly DemoNotificationManager $manager,
	) {
		parent::__construct($appName, $request);
	}

	#[NoAdminRequired]
	#[NoCSRFRequired]
	#[ApiRoute(verb: 'GET', url: '/api/{apiVersion}/notifications', requirements: ['apiVersion' => '(v1|v2)'])]
	public function listNotifications(string $apiVersion): DataResponse {
		$data = [];
		foreach ($this->manager->storedFor($this->userId()) as $id => $notification) {
			try {
				$prepared = $this->manager->prepare($notification, 'en');
			} catch (AlreadyProcessedException) {
				continue;
			} catch (\InvalidArgumentException) {
				continue;
			}
			$data[] = $this->toArray($id, $prepared, $apiVersion);
		}
		return new DataResponse($data, 200, ['X-Nextcloud-User-Status' => 'online']);
	}

	#[NoAdminRequired]
	#[ApiRoute(verb: 'DELETE', url: '/api/{apiVersion}/notifications/{id}', requirements: ['apiVersion' => '(v1|v2)', 'id' => '\d+'])]
	public function deleteNotification(int $id): DataResponse {
		if ($id === 0) {
			return new DataResponse(null, 404);
		}
		$this->db->execute('DELETE FROM demo_notifications WHERE id = ? AND user = ?', [$id, $this->userId()]);
		return new DataResponse();
	}

	/**
	 * @return array<string, mixed>
	 */
	private function toArray(int $id, INotification $notification, string $apiVersion): array {
		$data = [
			'notification_id' => $id,
			'app' => $notification->getApp(),
			'user' => $notification->getUser(),
			'datetime' => $notification->getDateTime()->format('c'),
			'object_type' => $notification->getObjectType(),
			'object_id' => $notification->getObjectId(),
			'subject' => $notification->getParsedSubject(),
			'message' => $notification->getParsedMessage(),
			'link' => $notification->getLink(),
		];
		if ($apiVersion !== 'v1') {
			$data += [
				'subjectRich' => $notification->getRichSubject(),
				'subjectRichParameters' => $notification->getRichSubjectParameters(),
				'messageRich' => $notification->getRichMessage(),
				'messageRichParameters' => $notification->getRichMessageParameters(),
				'icon' => $notification->getIcon(),
				'shouldNotify' => true,
			];
		}
		$data['actions'] = array_map(fn (IAction $action) => [
			'label' => $action->getParsedLabel(),
			'link' => $action->getLink(),
			'type' => $action->getRequestType(),
			'primary' => $action->isPrimary(),
		], $notification->getParsedActions());
		return $data;
	}

	private function userId(): string {
		return (string)$this->userSession->getUser()?->getUID();
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Notifications;

use OCA\VideoVerification\Demo\Storage\DemoDatabase;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\NoAdminRequired;
use OCP\AppFramework\Http\Attribute\NoCSRFRequired;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\OCSController;
use OCP\IRequest;
use OCP\IUserSession;

/**
 * Stand-in for the notifications app's EndpointController: list and delete the current
 * user's notifications in the app's response shape (no ETag handling).
 */
final class EndpointController extends OCSController {
	public function __construct(
		string $appName,
		IRequest $request,
		private readonly DemoDatabase $db,
		private readonly IUserSession $userSession,
	) {
		parent::__construct($appName, $request);
	}

	#[NoAdminRequired]
	#[NoCSRFRequired]
	#[ApiRoute(verb: 'GET', url: '/api/{apiVersion}/notifications', requirements: ['apiVersion' => '(v1|v2)'])]
	public function listNotifications(string $apiVersion): DataResponse {
		$rows = $this->db->select('SELECT * FROM demo_notifications WHERE user = ? ORDER BY id DESC', [$this->userId()]);
		return new DataResponse(array_map(fn (array $row) => $this->toArray($row, $apiVersion), $rows), 200, ['X-Nextcloud-User-Status' => 'online']);
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
	 * @param array<string, mixed> $row
	 * @return array<string, mixed>
	 */
	private function toArray(array $row, string $apiVersion): array {
		$data = [
			'notification_id' => (int)$row['id'],
			'app' => $row['app'],
			'user' => $row['user'],
			'datetime' => gmdate('c', (int)$row['datetime']),
			'object_type' => $row['object_type'],
			'object_id' => $row['object_id'],
			'subject' => $row['subject'],
			'message' => $row['message'],
			'link' => $row['link'],
		];
		if ($apiVersion !== 'v1') {
			$data += [
				'subjectRich' => '',
				'subjectRichParameters' => json_decode((string)$row['subject_parameters'], true) ?: [],
				'messageRich' => '',
				'messageRichParameters' => json_decode((string)$row['message_parameters'], true) ?: [],
				'icon' => $row['icon'],
				'shouldNotify' => true,
			];
		}
		$data['actions'] = json_decode((string)$row['actions'], true) ?: [];
		return $data;
	}

	private function userId(): string {
		return (string)$this->userSession->getUser()?->getUID();
	}
}

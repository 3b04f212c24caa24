<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk\Controller;

use OCA\VideoVerification\Demo\Talk\Model\Room;
use OCA\VideoVerification\Demo\Talk\Service\RoomService;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\PublicPage;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\OCSController;
use OCP\IRequest;
use OCP\IUser;
use OCP\IUserManager;
use OCP\Share\Exceptions\ShareNotFound;
use OCP\Share\IManager as IShareManager;
use OCP\Share\IShare;

/**
 * spreed's PublicShareAuthController: a new video-verification room per request, owned by
 * the sharer. 404 unless the share exists, has "send password by Talk" and a local sharer.
 */
final class PublicShareAuthController extends OCSController {
	public function __construct(
		string $appName,
		IRequest $request,
		private readonly IShareManager $shareManager,
		private readonly IUserManager $userManager,
		private readonly RoomService $roomService,
	) {
		parent::__construct($appName, $request);
	}

	#[PublicPage]
	#[ApiRoute(verb: 'POST', url: '/api/{apiVersion}/publicshareauth', requirements: ['apiVersion' => '(v1)'])]
	public function createRoom(string $shareToken = ''): DataResponse {
		try {
			$share = $this->shareManager->getShareByToken($shareToken);
		} catch (ShareNotFound) {
			return new DataResponse(null, 404);
		}
		if (!$share->getSendPasswordByTalk()) {
			return new DataResponse(null, 404);
		}
		$sharer = $this->userManager->get((string)$share->getSharedBy());
		if (!$sharer instanceof IUser) {
			return new DataResponse(null, 404);
		}
		$name = $share->getShareType() === IShare::TYPE_EMAIL
			? (string)$share->getSharedWith()
			: trim((string)$share->getTarget(), '/');
		$room = $this->roomService->createConversation(Room::TYPE_PUBLIC, $name, $sharer, Room::OBJECT_TYPE_VIDEO_VERIFICATION, $shareToken);
		return new DataResponse(['token' => $room->token, 'name' => $room->name, 'displayName' => $room->name], 201);
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Provisioning;

use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\OCSController;
use OCP\IGroup;
use OCP\IGroupManager;
use OCP\IRequest;

/**
 * provisioning_api's GroupsController::getGroupsDetails (`GET /ocs/v2.php/cloud/groups/details`):
 * the groups whose id or name contains `search`, `limit`/`offset` paged, as
 * `{groups: [{id, displayname, usercount, disabled, canAdd, canRemove}]}`. Upstream also answers
 * subadmins; the demo's only caller is the admin page, so it answers admins only.
 */
final class GroupsController extends OCSController {
	public function __construct(
		string $appName,
		IRequest $request,
		private readonly IGroupManager $groupManager,
	) {
		parent::__construct($appName, $request);
	}

	#[ApiRoute(verb: 'GET', url: '/groups/details', root: '/cloud')]
	public function getGroupsDetails(string $search = '', ?int $limit = null, int $offset = 0): DataResponse {
		$groups = array_map(static fn (IGroup $group): array => [
			'id' => $group->getGID(),
			'displayname' => $group->getDisplayName(),
			'usercount' => $group->count(),
			'disabled' => 0,
			'canAdd' => false,
			'canRemove' => false,
		], $this->groupManager->search($search, $limit, $offset));
		return new DataResponse(['groups' => $groups]);
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\FilesSharing;

use OCA\VideoVerification\Demo\Storage\FileStore;
use OCP\IUserManager;
use OCP\Share\IShare;

/**
 * ShareAPIController::formatShare for the share types of the demo (user, link, e-mail).
 * Like upstream, `password` carries the stored hash (the client only tests it for
 * emptiness) and `share_with` of a link share is that hash too (deprecated since NC 15).
 */
final class ShareFormatter {
	public function __construct(
		private readonly FileStore $files,
		private readonly IUserManager $userManager,
	) {
	}

	/**
	 * @return array<string, mixed>
	 */
	public function format(IShare $share, string $currentUser, string $baseUrl): array {
		$file = $this->files->get($share->getNodeId());
		$sharedBy = $this->userManager->get($share->getSharedBy());
		$owner = $this->userManager->get($share->getShareOwner());
		$isOwnShare = $share->getShareOwner() === $currentUser;
		$canEdit = $share->getPermissions() !== 0 && ($isOwnShare || $share->getSharedBy() === $currentUser);
		$canDelete = $canEdit || ($share->getShareType() === IShare::TYPE_USER && $share->getSharedWith() === $currentUser);

		$result = [
			'id' => $share->getId(),
			'share_type' => $share->getShareType(),
			'uid_owner' => $share->getSharedBy(),
			'displayname_owner' => $sharedBy?->getDisplayName() ?? $share->getSharedBy(),
			'permissions' => $share->getPermissions(),
			'can_edit' => $canEdit,
			'can_delete' => $canDelete,
			'stime' => $share->getShareTime()->getTimestamp(),
			'parent' => null,
			'expiration' => $share->getExpirationDate()?->format('Y-m-d 00:00:00'),
			'token' => null,
			'uid_file_owner' => $share->getShareOwner(),
			'note' => $share->getNote(),
			'label' => $share->getLabel(),
			'displayname_file_owner' => $owner?->getDisplayName() ?? $share->getShareOwner(),
			'path' => $isOwnShare ? $file->path : $share->getTarget(),
			'item_type' => $file->type(),
			'item_permissions' => $isOwnShare ? ($file->isFolder() ? 31 : 27) : $share->getPermissions(),
			'is-mount-root' => false,
			'mount-type' => '',
			'mimetype' => $file->mimetype,
			'has_preview' => false,
			'storage_id' => 'home::' . $file->owner,
			'storage' => 1,
			'item_source' => $file->id,
			'file_source' => $file->id,
			'file_parent' => (int)$file->parent,
			'file_target' => $share->getTarget(),
			'item_size' => $file->size,
			'item_mtime' => $file->mtime,
		];

		switch ($share->getShareType()) {
			case IShare::TYPE_USER:
				$recipient = $this->userManager->get($share->getSharedWith());
				$result['share_with'] = $share->getSharedWith();
				$result['share_with_displayname'] = $recipient?->getDisplayName() ?? $share->getSharedWith();
				$result['share_with_displayname_unique'] = $recipient?->getSystemEMailAddress() ?: $share->getSharedWith();
				break;
			case IShare::TYPE_LINK:
				$result['share_with'] = $share->getPassword();
				$result['share_with_displayname'] = '(Shared link)';
				$result['password'] = $share->getPassword();
				$result['send_password_by_talk'] = $share->getSendPasswordByTalk();
				$result['token'] = $share->getToken();
				$result['url'] = $baseUrl . '/index.php/s/' . $share->getToken();
				break;
			case IShare::TYPE_EMAIL:
				$result['share_with'] = $share->getSharedWith();
				$result['password'] = $share->getPassword();
				$result['password_expiration_time'] = $share->getPasswordExpirationTime()?->format(\DateTime::ATOM);
				$result['send_password_by_talk'] = $share->getSendPasswordByTalk();
				$result['share_with_displayname'] = $share->getSharedWith();
				$result['token'] = $share->getToken();
				break;
		}

		$result['mail_send'] = $share->getMailSend() ? 1 : 0;
		$result['hide_download'] = $share->getHideDownload() ? 1 : 0;
		$result['attributes'] = null;
		return array_filter($result, fn ($value, $key) => $value !== null || in_array($key, ['parent', 'expiration', 'token', 'attributes', 'password_expiration_time'], true), ARRAY_FILTER_USE_BOTH);
	}
}

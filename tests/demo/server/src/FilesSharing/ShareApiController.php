<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\FilesSharing;

use OCA\Files_Sharing\Controller\ShareAPIController as FilesSharingShareAPIController;
use OCA\VideoVerification\Demo\Storage\FileStore;
use OCP\App\IAppManager;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\NoAdminRequired;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\OCS\OCSBadRequestException;
use OCP\AppFramework\OCS\OCSForbiddenException;
use OCP\AppFramework\OCS\OCSNotFoundException;
use OCP\Files\NotFoundException;
use OCP\IRequest;
use OCP\IUserManager;
use OCP\IUserSession;
use OCP\Share\Exceptions\ShareNotFound;
use OCP\Share\IManager;
use OCP\Share\IShare;
use Psr\Log\LoggerInterface;

/**
 * Stand-in for files_sharing's ShareAPIController (`/ocs/v2.php/apps/files_sharing/api/v1/shares`):
 * same parameters, status codes and messages for what the demo's shares can do. It is a
 * files_sharing ShareAPIController by class, as app middlewares recognise that controller by name.
 */
final class ShareApiController extends FilesSharingShareAPIController {
	private const PROVIDERS = ['ocinternal', 'ocMailShare'];

	public function __construct(
		string $appName,
		IRequest $request,
		private readonly IManager $shareManager,
		private readonly IUserSession $userSession,
		private readonly IAppManager $appManager,
		private readonly FileStore $files,
		private readonly ShareFormatter $formatter,
		private readonly IUserManager $userManager,
		private readonly LoggerInterface $logger,
	) {
		parent::__construct($appName, $request);
	}

	#[NoAdminRequired]
	#[ApiRoute(verb: 'GET', url: '/api/v1/shares')]
	public function getShares(string $shared_with_me = 'false', string $reshares = 'false', string $subfiles = 'false', string $path = '', string $include_tags = 'false'): DataResponse {
		$userId = $this->userId();
		$fileId = null;
		if ($path !== '') {
			try {
				$fileId = $this->files->getByPath($userId, $path)->id;
			} catch (NotFoundException) {
				throw new OCSNotFoundException('Wrong path, file/folder does not exist');
			}
		}
		$shares = [];
		if ($shared_with_me === 'true') {
			$shares = $this->shareManager->getSharedWith($userId, IShare::TYPE_USER, $fileId === null ? null : $this->files->node($fileId), -1, 0);
		} else {
			foreach ([IShare::TYPE_USER, IShare::TYPE_LINK, IShare::TYPE_EMAIL] as $type) {
				$shares = array_merge($shares, $this->shareManager->getSharesBy($userId, $type, $fileId === null ? null : $this->files->node($fileId), $reshares === 'true', -1, 0));
			}
		}
		return new DataResponse(array_map(fn (IShare $share) => $this->formatter->format($share, $userId, $this->baseUrl()), $shares));
	}

	#[NoAdminRequired]
	#[ApiRoute(verb: 'GET', url: '/api/v1/shares/{id}')]
	public function getShare(string $id, bool $include_tags = false): DataResponse {
		$share = $this->shareOrNotFound($id);
		if (!$this->canAccessShare($share)) {
			throw new OCSNotFoundException('Wrong share ID, share does not exist');
		}
		return new DataResponse([$this->formatter->format($share, $this->userId(), $this->baseUrl())]);
	}

	#[NoAdminRequired]
	#[ApiRoute(verb: 'POST', url: '/api/v1/shares')]
	public function createShare(
		?string $path = null,
		?int $permissions = null,
		int $shareType = -1,
		?string $shareWith = null,
		?string $publicUpload = null,
		string $password = '',
		?string $sendPasswordByTalk = null,
		?string $expireDate = null,
		string $note = '',
		string $label = '',
		?string $attributes = null,
		?string $sendMail = null,
	): DataResponse {
		if ($path === null) {
			throw new OCSNotFoundException('Please specify a file or folder path');
		}
		try {
			$file = $this->files->getByPath($this->userId(), $path);
		} catch (NotFoundException) {
			throw new OCSNotFoundException('Wrong path, file/folder does not exist');
		}
		$share = $this->shareManager->newShare();
		$share->setNodeId($file->id);
		$share->setNodeType($file->type());
		$share->setSharedBy($this->userId());
		$share->setMailSend($sendMail === null ? ($shareType === IShare::TYPE_EMAIL && $shareWith !== null && $shareWith !== '') : $sendMail === 'true');

		if ($shareType === IShare::TYPE_USER) {
			if ($shareWith === null || !$this->userExists($shareWith)) {
				throw new OCSNotFoundException('Please specify a valid account to share with');
			}
			$share->setSharedWith($shareWith);
			$share->setPermissions(($permissions ?? 31) | 1);
		} elseif ($shareType === IShare::TYPE_LINK || $shareType === IShare::TYPE_EMAIL) {
			$share->setPermissions($permissions ?? 1);
			if ($password !== '') {
				$share->setPassword($password);
			}
			if (is_string($shareWith) && $shareType === IShare::TYPE_EMAIL) {
				if ($share->getMailSend() && filter_var($shareWith, FILTER_VALIDATE_EMAIL) === false) {
					throw new OCSNotFoundException('Please specify a valid email address');
				}
				$share->setSharedWith($shareWith);
			}
			if ($label !== '') {
				if (strlen($label) > 255) {
					throw new OCSBadRequestException('Maximum label length is 255');
				}
				$share->setLabel($label);
			}
			if ($sendPasswordByTalk === 'true') {
				if (!$this->appManager->isEnabledForUser('spreed')) {
					throw new OCSForbiddenException(sprintf('Sharing %s sending the password by Nextcloud Talk failed because Nextcloud Talk is not enabled', $file->path));
				}
				$share->setSendPasswordByTalk(true);
			}
		} else {
			throw new OCSBadRequestException('Unknown share type');
		}
		$share->setShareType($shareType);
		if (!$file->isFolder()) {
			$share->setPermissions($share->getPermissions() & ~(4 | 8));
		}
		if ($note !== '') {
			$share->setNote($note);
		}
		try {
			$share = $this->shareManager->createShare($share);
		} catch (\InvalidArgumentException $e) {
			throw new OCSForbiddenException($e->getMessage(), $e);
		} catch (\Exception $e) {
			// files_sharing hides other failures (a BeforeShareCreatedEvent listener's error among them)
			throw new OCSForbiddenException('Failed to create share.', $e);
		}
		return new DataResponse($this->formatter->format($share, $this->userId(), $this->baseUrl()));
	}

	#[NoAdminRequired]
	#[ApiRoute(verb: 'PUT', url: '/api/v1/shares/{id}')]
	public function updateShare(
		string $id,
		?int $permissions = null,
		?string $password = null,
		?string $sendPasswordByTalk = null,
		?string $publicUpload = null,
		?string $expireDate = null,
		?string $note = null,
		?string $label = null,
		?string $hideDownload = null,
		?string $attributes = null,
		?string $sendMail = null,
		?string $token = null,
	): DataResponse {
		$share = $this->shareOrNotFound($id);
		if (!$this->canAccessShare($share)) {
			throw new OCSNotFoundException('Wrong share ID, share does not exist');
		}
		if (!$this->canEditShare($share)) {
			throw new OCSForbiddenException('You are not allowed to edit incoming shares');
		}
		if ($permissions === null && $password === null && $sendPasswordByTalk === null && $publicUpload === null
			&& $expireDate === null && $note === null && $label === null && $hideDownload === null
			&& $attributes === null && $sendMail === null && $token === null) {
			throw new OCSBadRequestException('Wrong or no update parameter given');
		}
		if ($note !== null) {
			$share->setNote($note);
		}
		if ($sendMail === 'true' || $sendMail === 'false') {
			$share->setMailSend($sendMail === 'true');
		}
		if ($share->getShareType() === IShare::TYPE_LINK || $share->getShareType() === IShare::TYPE_EMAIL) {
			if ($hideDownload === 'true' || $hideDownload === 'false') {
				$share->setHideDownload($hideDownload === 'true');
			}
			if ($permissions !== null) {
				$share->setPermissions($permissions);
			}
			if ($password === '') {
				$share->setPassword(null);
			} elseif ($password !== null) {
				$share->setPassword($password);
			}
			if ($label !== null) {
				if (strlen($label) > 255) {
					throw new OCSBadRequestException('Maximum label length is 255');
				}
				$share->setLabel($label);
			}
			if ($sendPasswordByTalk === 'true') {
				if (!$this->appManager->isEnabledForUser('spreed')) {
					throw new OCSForbiddenException('"Sending the password by Nextcloud Talk" for sharing a file or folder failed because Nextcloud Talk is not enabled.');
				}
				$share->setSendPasswordByTalk(true);
			} elseif ($sendPasswordByTalk !== null) {
				$share->setSendPasswordByTalk(false);
			}
			if ($token !== null) {
				throw new OCSForbiddenException('Custom share link tokens have been disabled by the administrator');
			}
		} elseif ($permissions !== null) {
			$share->setPermissions($permissions);
		}
		if ($expireDate === '') {
			$share->setExpirationDate(null);
		} elseif ($expireDate !== null) {
			try {
				$share->setExpirationDate((new \DateTime(trim($expireDate, '"')))->setTime(0, 0));
			} catch (\Exception $e) {
				throw new OCSBadRequestException('Invalid date. Format must be YYYY-MM-DD', $e);
			}
		}
		try {
			$share = $this->shareManager->updateShare($share);
		} catch (\Exception $e) {
			// Nextcloud logs the reason and answers a generic message.
			$this->logger->error($e->getMessage(), ['app' => 'files_sharing', 'exception' => $e]);
			throw new OCSBadRequestException('Failed to update share.', $e);
		}
		return new DataResponse($this->formatter->format($share, $this->userId(), $this->baseUrl()));
	}

	#[NoAdminRequired]
	#[ApiRoute(verb: 'DELETE', url: '/api/v1/shares/{id}')]
	public function deleteShare(string $id): DataResponse {
		$share = $this->shareOrNotFound($id);
		if (!$this->canAccessShare($share)) {
			throw new OCSNotFoundException('Wrong share ID, share does not exist');
		}
		if (!$this->canEditShare($share) && !($share->getShareType() === IShare::TYPE_USER && $share->getSharedWith() === $this->userId())) {
			throw new OCSForbiddenException('Could not delete share');
		}
		$this->shareManager->deleteShare($share);
		return new DataResponse();
	}

	private function shareOrNotFound(string $id): IShare {
		foreach (self::PROVIDERS as $provider) {
			try {
				return $this->shareManager->getShareById($provider . ':' . $id, $this->userId());
			} catch (ShareNotFound) {
			}
		}
		throw new OCSNotFoundException('Wrong share ID, share does not exist');
	}

	private function canAccessShare(IShare $share): bool {
		$userId = $this->userId();
		return $share->getPermissions() !== 0
			&& ($share->getShareOwner() === $userId || $share->getSharedBy() === $userId
				|| ($share->getShareType() === IShare::TYPE_USER && $share->getSharedWith() === $userId));
	}

	private function canEditShare(IShare $share): bool {
		$userId = $this->userId();
		return $share->getPermissions() !== 0 && ($share->getShareOwner() === $userId || $share->getSharedBy() === $userId);
	}

	private function userExists(string $uid): bool {
		return $this->userManager->userExists($uid);
	}

	private function userId(): string {
		return (string)$this->userSession->getUser()?->getUID();
	}

	private function baseUrl(): string {
		return 'http://' . $this->request->getServerHost();
	}
}

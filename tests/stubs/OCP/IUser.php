<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP;

/**
 * Signature stub of OCP\IUser (since 8.0.0).
 */
interface IUser {
	/** @return string */
	public function getUID();

	/** @return string */
	public function getDisplayName();

	/** @return bool */
	public function setDisplayName($displayName);

	/** @return int */
	public function getLastLogin();

	public function updateLastLoginTimestamp();

	/** @return bool */
	public function delete();

	/** @return bool */
	public function setPassword($password, $recoveryPassword = null);

	public function getPasswordHash(): ?string;

	public function setPasswordHash(string $passwordHash): bool;

	/** @return string */
	public function getHome();

	/** @return string */
	public function getBackendClassName();

	public function getBackend();

	/** @return bool */
	public function canChangeAvatar();

	/** @return bool */
	public function canChangePassword();

	/** @return bool */
	public function canChangeDisplayName();

	/** @return bool */
	public function isEnabled();

	public function setEnabled(bool $enabled = true);

	/** @return string|null */
	public function getEMailAddress();

	public function getSystemEMailAddress(): ?string;

	public function getPrimaryEMailAddress(): ?string;

	public function getAvatarImage($size);

	/** @return string */
	public function getCloudId();

	public function setEMailAddress($mailAddress);

	public function setSystemEMailAddress(string $mailAddress): void;

	public function setPrimaryEMailAddress(string $mailAddress): void;

	/** @return string */
	public function getQuota();

	public function setQuota($quota);

	/** @return string[] */
	public function getManagerUids(): array;

	public function setManagerUids(array $uids): void;
}

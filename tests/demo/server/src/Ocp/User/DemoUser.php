<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\User;

use OCP\IUser;

/**
 * A demo account; fixed, read-only (the demo has no user administration).
 */
final class DemoUser implements IUser {
	public function __construct(
		private readonly string $uid,
		private readonly string $displayName,
		private readonly string $email,
	) {
	}

	public function getUID(): string {
		return $this->uid;
	}

	public function getDisplayName(): string {
		return $this->displayName;
	}

	public function setDisplayName($displayName): bool {
		return false;
	}

	public function getLastLogin(): int {
		return 0;
	}

	public function getFirstLogin(): int {
		return 0;
	}

	public function updateLastLoginTimestamp(): bool {
		return false;
	}

	public function delete(): bool {
		return false;
	}

	public function setPassword($password, $recoveryPassword = null): bool {
		return false;
	}

	public function getPasswordHash(): ?string {
		return null;
	}

	public function setPasswordHash(string $passwordHash): bool {
		return false;
	}

	public function getHome(): string {
		return '/' . $this->uid;
	}

	public function getBackendClassName(): string {
		return 'Database';
	}

	public function getBackend(): ?\OCP\UserInterface {
		return null;
	}

	public function canChangeAvatar(): bool {
		return false;
	}

	public function canChangePassword(): bool {
		return false;
	}

	public function canChangeDisplayName(): bool {
		return false;
	}

	public function canChangeEmail(): bool {
		return false;
	}

	public function canEditProperty(string $property): bool {
		return false;
	}

	public function isEnabled(): bool {
		return true;
	}

	public function setEnabled(bool $enabled = true) {
	}

	public function getEMailAddress(): ?string {
		return $this->email;
	}

	public function getSystemEMailAddress(): ?string {
		return $this->email;
	}

	public function getPrimaryEMailAddress(): ?string {
		return $this->email;
	}

	public function getAvatarImage($size): ?\OCP\IImage {
		return null;
	}

	public function getCloudId(): string {
		return $this->uid . '@localhost';
	}

	public function setEMailAddress($mailAddress): void {
	}

	public function setSystemEMailAddress(string $mailAddress): void {
	}

	public function setPrimaryEMailAddress(string $mailAddress): void {
	}

	public function getQuota(): string {
		return 'none';
	}

	public function getQuotaBytes(): int|float {
		return -3;
	}

	public function setQuota($quota): void {
	}

	public function getManagerUids(): array {
		return [];
	}

	public function setManagerUids(array $uids): void {
	}
}

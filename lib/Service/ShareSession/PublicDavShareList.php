<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\ShareSession;

use OCP\ISession;

/**
 * The session key 'public_link_authenticated': the LIST of share ids this browser session
 * may open over public WebDAV (/public.php/dav/files/{token}). Since 31.0.11 / 32.0.2 every
 * writer in Nextcloud appends to it (files_sharing ShareController::authSucceeded,
 * dav LegacyPublicAuth::addShareToSession, Sabre\PublicAuth::addShareToSession) and
 * PublicAuth::isShareInSession refuses anything that is not an array, so a share id written
 * alone would lock the recipient out of the file list and the download.
 *
 * We only ever add or take away our own id: the other shares the visitor opened stay open.
 */
final class PublicDavShareList {
	public const SESSION_KEY = 'public_link_authenticated';

	public static function add(ISession $session, string $shareId): void {
		$entries = self::entries($session);
		if (!self::holds($entries, $shareId)) {
			$entries[] = $shareId;
		}
		$session->set(self::SESSION_KEY, $entries);
	}

	public static function remove(ISession $session, string $shareId): void {
		$entries = self::entries($session);
		if (!self::holds($entries, $shareId)) {
			return;
		}
		$kept = array_values(array_filter($entries, static fn (mixed $entry): bool => !self::isId($entry, $shareId)));
		if ($kept === []) {
			$session->remove(self::SESSION_KEY);
		} else {
			$session->set(self::SESSION_KEY, $kept);
		}
	}

	/**
	 * As PublicAuth::isShareInSession: only a list counts.
	 */
	public static function contains(ISession $session, string $shareId): bool {
		$stored = $session->get(self::SESSION_KEY);
		return is_array($stored) && self::holds($stored, $shareId);
	}

	/**
	 * What is stored, unchanged, as a list. A single id left by a Nextcloud before 31.0.11
	 * becomes a list of one (upstream drops it; keeping it costs nothing and loses nothing).
	 *
	 * @return list<mixed>
	 */
	private static function entries(ISession $session): array {
		$stored = $session->get(self::SESSION_KEY);
		if (is_string($stored) || is_int($stored)) {
			return [$stored];
		}
		return is_array($stored) ? array_values($stored) : [];
	}

	/**
	 * @param array<mixed> $entries
	 */
	private static function holds(array $entries, string $shareId): bool {
		foreach ($entries as $entry) {
			if (self::isId($entry, $shareId)) {
				return true;
			}
		}
		return false;
	}

	/** IShare::getId() is a string; an int from another writer is the same share. */
	private static function isId(mixed $entry, string $shareId): bool {
		return (is_string($entry) || is_int($entry)) && (string)$entry === $shareId;
	}
}

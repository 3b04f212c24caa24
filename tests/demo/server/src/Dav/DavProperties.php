<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Dav;

use OCA\VideoVerification\Demo\Storage\FileRecord;
use OCP\Share\IShare;

/**
 * The WebDAV properties a public share's node answers with, as Sabre's core plugin and
 * Nextcloud's FilesPlugin (public mode) hand them out (apps/dav/lib/Connector/Sabre/
 * FilesPlugin.php handleGetProperties, Node::getDavPermissions, File/Directory at v32.0.15).
 * Properties a logged-out visitor does not get (favorite, comments-unread, share-types,
 * share-permissions, sharees, owner-display-name of an unpublished name) are left out,
 * so a PROPFIND lists them under 404 as Sabre does.
 */
final class DavProperties {
	public const DAV = 'DAV:';
	public const OC = 'http://owncloud.org/ns';
	public const NC = 'http://nextcloud.org/ns';
	public const OCS = 'http://open-collaboration-services.org/ns';
	/** Nextcloud's instance id (config.php 'instanceid') as oc:id appends it; the demo's own */
	private const INSTANCE_ID = 'ocvvdemo00';
	/** OCP\Constants::PERMISSION_* */
	private const PERMISSION_READ = 1;
	private const PERMISSION_UPDATE = 2;
	private const PERMISSION_CREATE = 4;
	private const PERMISSION_DELETE = 8;
	private const PERMISSION_SHARE = 16;

	/**
	 * @return array<string, string|bool> "{namespace}name" => value; for d:resourcetype,
	 *                                    true = a collection
	 */
	public static function of(FileRecord $file, IShare $share): array {
		$props = [
			'{DAV:}displayname' => $file->name,
			'{DAV:}getetag' => self::etag($file),
			'{DAV:}getlastmodified' => gmdate('D, d M Y H:i:s \G\M\T', $file->mtime),
			// the demo keeps no creation time: FileInfo::getCreationTime() is 0 then
			'{DAV:}creationdate' => (new \DateTimeImmutable())->setTimestamp(0)->format(\DateTimeInterface::ATOM),
			'{DAV:}resourcetype' => $file->isFolder(),
			'{' . self::OC . '}id' => sprintf('%08d', $file->id) . self::INSTANCE_ID,
			'{' . self::OC . '}fileid' => (string)$file->id,
			'{' . self::OC . '}permissions' => self::davPermissions($file, $share),
			'{' . self::OC . '}size' => (string)$file->size,
			'{' . self::OC . '}owner-id' => $share->getShareOwner(),
			'{' . self::NC . '}has-preview' => 'false',
			'{' . self::NC . '}mount-type' => '',
			'{' . self::NC . '}is-mount-root' => 'false',
			'{' . self::NC . '}hide-download' => $share->getHideDownload() ? 'true' : 'false',
			'{' . self::NC . '}share-attributes' => (string)json_encode($share->getAttributes()?->toArray() ?? []),
			'{' . self::NC . '}note' => $share->getNote(),
			'{' . self::NC . '}creation_time' => '0',
			'{' . self::NC . '}hidden' => 'false',
		];
		if ($file->isFolder()) {
			$props['{DAV:}quota-available-bytes'] = '-3';
		} else {
			$props['{DAV:}getcontentlength'] = (string)$file->size;
			$props['{DAV:}getcontenttype'] = $file->mimetype;
			$props['{' . self::NC . '}upload_time'] = '0';
		}
		return $props;
	}

	public static function etag(FileRecord $file): string {
		return '"' . md5($file->id . ':' . $file->mtime . ':' . $file->size) . '"';
	}

	/**
	 * Node::getDavPermissions under publicremote.php's mask (share permissions plus SHARE),
	 * with FilesPlugin's public 'S' and 'M' removed.
	 */
	public static function davPermissions(FileRecord $file, IShare $share): string {
		$mask = $share->getPermissions() | self::PERMISSION_SHARE;
		$perms = 'R';
		if ($mask & self::PERMISSION_READ) {
			$perms .= 'G';
		}
		if ($mask & self::PERMISSION_DELETE) {
			$perms .= 'D';
		}
		if ($mask & self::PERMISSION_UPDATE) {
			$perms .= 'NV';
			if (!$file->isFolder()) {
				$perms .= 'W';
			}
		}
		if ($file->isFolder() && ($mask & self::PERMISSION_CREATE)) {
			$perms .= 'CK';
		}
		return $perms;
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Storage;

use OCA\VideoVerification\Demo\Ocp\Share\DemoShare;
use OCP\Share\Exceptions\ShareNotFound;
use OCP\Share\IShare;

/**
 * The `oc_share` table of the demo: rows in, DemoShare objects out. Like Nextcloud,
 * e-mail shares belong to the provider `ocMailShare`, the others to `ocinternal`.
 */
final class ShareStore {
	public function __construct(
		private readonly DemoDatabase $db,
		private readonly FileStore $files,
	) {
	}

	public static function providerFor(int $shareType): string {
		return $shareType === IShare::TYPE_EMAIL ? 'ocMailShare' : 'ocinternal';
	}

	/**
	 * @throws ShareNotFound
	 */
	public function byId(int $id): DemoShare {
		return $this->one('SELECT * FROM demo_shares WHERE id = ?', [$id]);
	}

	/**
	 * @throws ShareNotFound
	 */
	public function byToken(string $token): DemoShare {
		return $this->one('SELECT * FROM demo_shares WHERE token = ? AND share_type IN (?, ?)', [$token, IShare::TYPE_LINK, IShare::TYPE_EMAIL]);
	}

	/**
	 * @return list<DemoShare>
	 */
	public function all(): array {
		return $this->many('SELECT * FROM demo_shares ORDER BY id', []);
	}

	/**
	 * @return list<DemoShare>
	 */
	public function sharedBy(string $userId, ?int $shareType, ?int $fileId): array {
		$sql = 'SELECT * FROM demo_shares WHERE (uid_initiator = ? OR uid_owner = ?)';
		$params = [$userId, $userId];
		if ($shareType !== null) {
			$sql .= ' AND share_type = ?';
			$params[] = $shareType;
		}
		if ($fileId !== null) {
			$sql .= ' AND file_source = ?';
			$params[] = $fileId;
		}
		return $this->many($sql . ' ORDER BY id', $params);
	}

	/**
	 * @return list<DemoShare>
	 */
	public function sharedWith(string $userId, ?int $shareType, ?int $fileId): array {
		$sql = 'SELECT * FROM demo_shares WHERE share_with = ? AND share_type = ?';
		$params = [$userId, $shareType ?? IShare::TYPE_USER];
		if ($fileId !== null) {
			$sql .= ' AND file_source = ?';
			$params[] = $fileId;
		}
		return $this->many($sql . ' ORDER BY id', $params);
	}

	public function insert(IShare $share): int {
		$this->db->execute(
			'INSERT INTO demo_shares (share_type, share_with, uid_owner, uid_initiator, file_source, item_type, file_target, permissions, token, password, password_by_talk, password_expiration_time, expiration, stime, mail_send, hide_download, note, label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
			$this->columns($share),
		);
		return $this->db->lastInsertId();
	}

	public function update(IShare $share): void {
		$this->db->execute(
			'UPDATE demo_shares SET share_type = ?, share_with = ?, uid_owner = ?, uid_initiator = ?, file_source = ?, item_type = ?, file_target = ?, permissions = ?, token = ?, password = ?, password_by_talk = ?, password_expiration_time = ?, expiration = ?, stime = ?, mail_send = ?, hide_download = ?, note = ?, label = ? WHERE id = ?',
			[...$this->columns($share), (int)$share->getId()],
		);
	}

	public function delete(int $id): void {
		$this->db->execute('DELETE FROM demo_shares WHERE id = ?', [$id]);
	}

	/**
	 * @return list<mixed>
	 */
	private function columns(IShare $share): array {
		return [
			$share->getShareType(),
			$share->getSharedWith(),
			$share->getShareOwner(),
			$share->getSharedBy(),
			$share->getNodeId(),
			$share->getNodeType(),
			$share->getTarget() ?? '',
			$share->getPermissions(),
			$share->getToken(),
			$share->getPassword(),
			$share->getSendPasswordByTalk() ? 1 : 0,
			$share->getPasswordExpirationTime()?->getTimestamp(),
			$share->getExpirationDate()?->getTimestamp(),
			($share->getShareTime() ?? new \DateTime())->getTimestamp(),
			$share->getMailSend() ? 1 : 0,
			$share->getHideDownload() ? 1 : 0,
			$share->getNote() ?? '',
			$share->getLabel() ?? '',
		];
	}

	/**
	 * @param list<mixed> $params
	 * @throws ShareNotFound
	 */
	private function one(string $sql, array $params): DemoShare {
		$shares = $this->many($sql, $params);
		if ($shares === []) {
			throw new ShareNotFound('Share not found');
		}
		return $shares[0];
	}

	/**
	 * @param list<mixed> $params
	 * @return list<DemoShare>
	 */
	private function many(string $sql, array $params): array {
		return array_map(fn (array $row) => $this->hydrate($row), $this->db->select($sql, $params));
	}

	/**
	 * @param array<string, mixed> $row
	 */
	private function hydrate(array $row): DemoShare {
		$share = new DemoShare($this->files);
		$share->setId((string)$row['id'])
			->setProviderId(self::providerFor((int)$row['share_type']));
		$share->setShareType((int)$row['share_type']);
		if ($row['share_with'] !== null) {
			$share->setSharedWith((string)$row['share_with']);
		}
		$share->setShareOwner((string)$row['uid_owner']);
		$share->setSharedBy((string)$row['uid_initiator']);
		$share->setNodeId((int)$row['file_source']);
		$share->setNodeType((string)$row['item_type']);
		$share->setTarget((string)$row['file_target']);
		$share->setPermissions((int)$row['permissions']);
		$share->setToken($row['token']);
		$share->setPassword($row['password']);
		$share->setSendPasswordByTalk((bool)$row['password_by_talk']);
		if ($row['password_expiration_time'] !== null) {
			$share->setPasswordExpirationTime((new \DateTime())->setTimestamp((int)$row['password_expiration_time']));
		}
		if ($row['expiration'] !== null) {
			$share->setExpirationDate((new \DateTime())->setTimestamp((int)$row['expiration']));
		}
		$share->setShareTime((new \DateTime())->setTimestamp((int)$row['stime']));
		$share->setMailSend((bool)$row['mail_send']);
		$share->setHideDownload((bool)$row['hide_download']);
		$share->setNote((string)$row['note']);
		$share->setLabel((string)$row['label']);
		$share->setStatus(IShare::STATUS_ACCEPTED);
		return $share;
	}
}

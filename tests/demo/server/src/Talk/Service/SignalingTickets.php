<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk\Service;

use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IAppConfig;
use OCP\IURLGenerator;

/**
 * What a client proves itself with in the signaling server's hello (spreed lib/Config.php):
 * v1 tickets `random:time:userid:hmac` (app-wide secret `signaling_ticket_secret`, checked
 * by Talk in the backend `auth` request) and v2 JWTs signed ES256 with the key pair in
 * `signaling_token_privkey_es256` / `signaling_token_pubkey_es256` (created on first use),
 * whose public key Talk publishes in its capabilities for the signaling server.
 */
final class SignalingTickets {
	private const TOKEN_LIFETIME = 60;
	private const TICKET_LIFETIME = 3600;

	public function __construct(
		private readonly IAppConfig $appConfig,
		private readonly ITimeFactory $time,
		private readonly IURLGenerator $urlGenerator,
	) {
	}

	public function ticketV1(?string $userId): string {
		$data = bin2hex(random_bytes(8)) . ':' . $this->time->getTime() . ':' . ($userId ?? '');
		return $data . ':' . hash_hmac('sha256', $data, $this->ticketSecret());
	}

	public function isValidTicketV1(?string $userId, string $ticket): bool {
		$parts = explode(':', $ticket);
		if (count($parts) !== 4 || $parts[2] !== ($userId ?? '') || (int)$parts[1] < $this->time->getTime() - self::TICKET_LIFETIME) {
			return false;
		}
		return hash_equals(hash_hmac('sha256', $parts[0] . ':' . $parts[1] . ':' . $parts[2], $this->ticketSecret()), $parts[3]);
	}

	/**
	 * @param array{displayname: string}|null $userData
	 */
	public function tokenV2(?string $userId, ?array $userData): string {
		$now = $this->time->getTime();
		$claims = ['iss' => $this->urlGenerator->getAbsoluteURL(''), 'iat' => $now, 'exp' => $now + self::TOKEN_LIFETIME];
		if ($userId !== null) {
			$claims['sub'] = $userId;
			$claims['userdata'] = $userData ?? [];
		}
		$header = self::base64Url((string)json_encode(['typ' => 'JWT', 'alg' => 'ES256']));
		$payload = self::base64Url((string)json_encode($claims, JSON_UNESCAPED_SLASHES));
		$key = openssl_pkey_get_private($this->keyPair()['private']);
		if ($key === false || !openssl_sign($header . '.' . $payload, $der, $key, OPENSSL_ALGO_SHA256)) {
			throw new \RuntimeException('Could not sign the signaling token');
		}
		return $header . '.' . $payload . '.' . self::base64Url(self::derToJose($der));
	}

	public function publicKey(): string {
		return $this->keyPair()['public'];
	}

	/**
	 * @return array{private: string, public: string}
	 */
	private function keyPair(): array {
		$private = $this->appConfig->getValueString(SignalingConfig::APP, 'signaling_token_privkey_es256');
		$public = $this->appConfig->getValueString(SignalingConfig::APP, 'signaling_token_pubkey_es256');
		if ($private !== '' && $public !== '') {
			return ['private' => $private, 'public' => $public];
		}
		$key = openssl_pkey_new(['curve_name' => 'prime256v1', 'private_key_type' => OPENSSL_KEYTYPE_EC]);
		if ($key === false || !openssl_pkey_export($key, $private)) {
			throw new \RuntimeException('Could not create the signaling token key');
		}
		$public = (string)(openssl_pkey_get_details($key)['key'] ?? '');
		$this->appConfig->setValueString(SignalingConfig::APP, 'signaling_token_privkey_es256', $private, sensitive: true);
		$this->appConfig->setValueString(SignalingConfig::APP, 'signaling_token_pubkey_es256', $public);
		return ['private' => $private, 'public' => $public];
	}

	private function ticketSecret(): string {
		$secret = $this->appConfig->getValueString(SignalingConfig::APP, 'signaling_ticket_secret');
		if ($secret === '') {
			$secret = bin2hex(random_bytes(32));
			$this->appConfig->setValueString(SignalingConfig::APP, 'signaling_ticket_secret', $secret, sensitive: true);
		}
		return $secret;
	}

	private static function base64Url(string $data): string {
		return rtrim(strtr(base64_encode($data), '+/', '-_'), '=');
	}

	/**
	 * openssl_sign gives an ASN.1 DER ECDSA signature; JWS ES256 wants r and s, 32 bytes each.
	 */
	private static function derToJose(string $der): string {
		$offset = 2 + (ord($der[1]) & 0x80 ? ord($der[1]) & 0x7f : 0);
		$integers = [];
		for ($i = 0; $i < 2; $i++) {
			$length = ord($der[$offset + 1]);
			$integers[] = str_pad(ltrim(substr($der, $offset + 2, $length), "\0"), 32, "\0", STR_PAD_LEFT);
			$offset += 2 + $length;
		}
		return $integers[0] . $integers[1];
	}
}

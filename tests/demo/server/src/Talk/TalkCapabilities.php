<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk;

use OCA\VideoVerification\Demo\Talk\Service\RecordingConfig;
use OCA\VideoVerification\Demo\Talk\Service\SignalingConfig;
use OCA\VideoVerification\Demo\Talk\Service\SignalingTickets;

/**
 * The `spreed` entry of the server capabilities (Talk's `Capabilities` schema), for a
 * Talk 24 whose chat, SIP and federation are off in this stand-in; recording and its consent
 * rule follow the app config as in spreed lib/Capabilities.php (no recording server runs).
 */
final class TalkCapabilities {
	public const VERSION = '24.0.2';

	/** The features of Talk 24 that matter to a call client; the stand-in implements these. */
	private const FEATURES = [
		'audio', 'video', 'chat-v2', 'conversation-v4', 'guest-signaling', 'guest-display-names',
		'multi-room-users', 'no-ping', 'in-call-flags', 'conversation-call-flags', 'start-call-flag',
		'force-mute', 'publishing-permissions', 'conversation-permissions', 'signaling-v3',
		'silent-call', 'session-state', 'recording-consent', 'federation-v1', 'publicshareauth',
	];

	public function __construct(
		private readonly SignalingConfig $signalingConfig,
		private readonly SignalingTickets $signalingTickets,
		private readonly RecordingConfig $recording,
	) {
	}

	/**
	 * @return array<string, mixed>
	 */
	public function capabilities(): array {
		$signaling = ['session-ping-limit' => 200];
		if (!$this->signalingConfig->isInternal()) {
			// The signaling server verifies hello v2 tokens with this key.
			$signaling['hello-v2-token-key'] = $this->signalingTickets->publicKey();
		}
		return [
			'features' => self::FEATURES,
			'features-local' => ['favorites', 'chat-read-status', 'listable-rooms', 'phonebook-search', 'raise-hand', 'say-hello', 'sensitive-conversations'],
			'config' => [
				'attachments' => ['allowed' => false],
				'call' => [
					'enabled' => true,
					'breakout-rooms' => false,
					'recording' => $this->recording->isRecordingEnabled(),
					'recording-consent' => $this->recording->recordingConsentRequired(),
					'supported-reactions' => ['❤️', '🎉', '👏', '👋', '👍', '👎', '🔥', '😂', '🤩', '🤔', '😲', '😥'],
					'predefined-backgrounds' => [],
					'predefined-backgrounds-v2' => [],
					'can-upload-background' => false,
					'sip-enabled' => false,
					'sip-dialout-enabled' => false,
					'can-enable-sip' => false,
					'start-without-media' => false,
					'max-duration' => 0,
					'blur-virtual-background' => false,
					'end-to-end-encryption' => false,
					'live-transcription' => false,
				],
				'chat' => [
					'max-length' => 32000,
					'read-privacy' => 0,
					'has-translation-providers' => false,
					'has-translation-task-providers' => false,
					'typing-privacy' => 0,
					'summary-threshold' => 100,
				],
				'conversations' => [
					'can-create' => true,
					'force-passwords' => false,
					'list-style' => 'two-lines',
					'description-length' => 2000,
					'retention-event' => 28,
					'retention-phone' => 7,
					'retention-instant-meetings' => 0,
				],
				'federation' => ['enabled' => false, 'incoming-enabled' => false, 'outgoing-enabled' => false, 'only-trusted-servers' => true],
				'previews' => ['max-gif-size' => 3145728],
				'signaling' => $signaling,
				'experiments' => ['enabled' => 0],
			],
			'config-local' => [
				'attachments' => ['allowed', 'folder'],
				'call' => ['predefined-backgrounds', 'can-upload-background', 'start-without-media', 'blur-virtual-background'],
				'chat' => ['read-privacy', 'has-translation-providers', 'typing-privacy'],
				'conversations' => ['list-style'],
			],
			'version' => self::VERSION,
		];
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Decision;

use OCP\IL10N;

/**
 * The security-feature checks the sharer can ask the recipient to do with an ID document
 * on camera (the one place they are listed). A few are drawn at random per request
 * (IdCheckDraw), because a fixed checklist can be rehearsed with a forgery. Keys are stored
 * with the record; the texts are what the recipient's screen and the sharer's dialog show.
 */
class IdCheckPrompts {
	public const TILT_HOLOGRAM = 'tilt_hologram';
	public const COVER_PHOTO = 'cover_photo';
	public const SHOW_BACK = 'show_back';
	public const TOUCH_EDGE = 'touch_edge';
	public const CLOSER_PHOTO = 'closer_photo';
	public const ROTATE_CARD = 'rotate_card';
	public const CARD_BESIDE_FACE = 'card_beside_face';
	public const COVER_NUMBER = 'cover_number';
	public const SLOW_MOVE = 'slow_move';
	public const CORNER_THICKNESS = 'corner_thickness';

	public function __construct(
		private IL10N $l10n,
	) {
	}

	/**
	 * @return list<string> every prompt key, in a fixed order
	 */
	public function keys(): array {
		return array_keys($this->texts());
	}

	public function has(string $key): bool {
		return array_key_exists($key, $this->texts());
	}

	/**
	 * What the recipient is asked to do, translated; the key itself for a prompt a later
	 * version removed (records keep what was asked).
	 */
	public function text(string $key): string {
		return $this->texts()[$key] ?? $key;
	}

	/**
	 * @return array<string, string>
	 */
	private function texts(): array {
		return [
			self::TILT_HOLOGRAM => $this->l10n->t('Tilt the card slowly so the hologram changes'),
			self::COVER_PHOTO => $this->l10n->t('Cover the photo on the card with a finger, then uncover it'),
			self::SHOW_BACK => $this->l10n->t('Turn the card over and show its back'),
			self::TOUCH_EDGE => $this->l10n->t('Run a finger along the top edge of the card'),
			self::CLOSER_PHOTO => $this->l10n->t('Bring the card closer so the photo fills the frame'),
			self::ROTATE_CARD => $this->l10n->t('Turn the card upside down, then back'),
			self::CARD_BESIDE_FACE => $this->l10n->t('Hold the card next to your face'),
			self::COVER_NUMBER => $this->l10n->t('Cover the document number with a finger'),
			self::SLOW_MOVE => $this->l10n->t('Move the card slowly from left to right'),
			self::CORNER_THICKNESS => $this->l10n->t('Tilt the card edge-on to show its thickness'),
		];
	}
}

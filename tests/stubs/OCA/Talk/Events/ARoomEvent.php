<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\Talk\Events;

use OCA\Talk\Room;
use OCP\EventDispatcher\Event;

/**
 * Signature stub of spreed lib/Events/ARoomEvent.php (Talk 18+): every typed room event
 * carries its room.
 */
abstract class ARoomEvent extends Event {
	public function __construct(
		protected Room $room,
	) {
		parent::__construct();
	}

	public function getRoom(): Room {
		return $this->room;
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\Talk\Events;

/**
 * Signature stub of spreed lib/Events/RoomCreatedEvent.php ("Conversation created" in
 * spreed docs/events.md, since 18.0.0), dispatched by RoomService::createConversation.
 */
class RoomCreatedEvent extends ARoomEvent {
}

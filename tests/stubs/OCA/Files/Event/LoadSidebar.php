<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\Files\Event;

use OCP\EventDispatcher\Event;

/**
 * Signature stub of the Files app's LoadSidebar event (apps/files/lib/Event/LoadSidebar.php):
 * dispatched when a page renders the Files sidebar.
 */
class LoadSidebar extends Event {
}

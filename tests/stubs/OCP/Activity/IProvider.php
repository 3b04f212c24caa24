<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\Activity;

use OCP\Activity\Exceptions\UnknownActivityException;

/**
 * Signature stub of OCP\Activity\IProvider (since 11.0.0).
 */
interface IProvider {
	/**
	 * @throws UnknownActivityException when the event is not one of this provider's (since 30.0.0)
	 */
	public function parse($language, IEvent $event, ?IEvent $previousEvent = null);
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\Activity;

/**
 * Partial signature stub of OCP\Activity\IManager (since 6.0.0): the members this app uses.
 */
interface IManager {
	/**
	 * @since 8.2.0
	 */
	public function generateEvent(): IEvent;

	/**
	 * @throws \InvalidArgumentException when the event is incomplete
	 * @since 8.2.0
	 */
	public function publish(IEvent $event): void;
}

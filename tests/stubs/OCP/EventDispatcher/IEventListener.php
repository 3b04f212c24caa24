<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\EventDispatcher;

/**
 * Signature stub of OCP\EventDispatcher\IEventListener (since 17.0.0).
 *
 * @template T of Event
 */
interface IEventListener {
	/**
	 * @param T $event
	 */
	public function handle(Event $event): void;
}

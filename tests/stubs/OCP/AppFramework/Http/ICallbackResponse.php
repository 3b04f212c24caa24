<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\AppFramework\Http;

/**
 * Signature stub of OCP\AppFramework\Http\ICallbackResponse (since 8.1.0).
 */
interface ICallbackResponse {
	/**
	 * @param IOutput $output a small wrapper that handles output
	 */
	public function callback(IOutput $output);
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\Share\Exceptions;

use OCP\HintException;

/**
 * Signature stub of OCP\Share\Exceptions\GenericShareException (since 9.0.0).
 */
class GenericShareException extends HintException {
	public function __construct(string $message = '', string $hint = '', int $code = 0, ?\Exception $previous = null) {
		if (empty($message)) {
			$message = 'There was an error retrieving the share. Maybe the link is wrong, it was unshared, or it was deleted.';
		}
		parent::__construct($message, $hint, $code, $previous);
	}
}

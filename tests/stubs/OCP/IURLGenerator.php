<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP;

/**
 * Partial signature stub of OCP\IURLGenerator (since 6.0.0).
 */
interface IURLGenerator {
	/**
	 * Returns the link to an image, like linkTo but only with prepending img/
	 *
	 * @return string the url
	 */
	public function imagePath(string $appName, string $file): string;

	/**
	 * @return string the absolute version of the url
	 */
	public function getAbsoluteURL(string $url): string;
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\Settings;

use OCP\AppFramework\Http\TemplateResponse;

/**
 * Signature stub of OCP\Settings\ISettings (since 9.1.0).
 */
interface ISettings {
	/**
	 * @return TemplateResponse returns the instance with all parameters set, ready to be rendered
	 */
	public function getForm();

	/**
	 * @return string|null the section ID, e.g. 'sharing'
	 */
	public function getSection();

	/**
	 * @return int whether the form should be rather on the top or bottom of the section (0..100)
	 */
	public function getPriority();
}

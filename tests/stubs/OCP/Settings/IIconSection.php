<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\Settings;

/**
 * Signature stub of OCP\Settings\IIconSection (since 12.0.0).
 */
interface IIconSection {
	/**
	 * @return string the ID of the section, e.g. 'sharing'
	 */
	public function getID();

	/**
	 * @return string the translated name as it should be displayed
	 */
	public function getName();

	/**
	 * @return int whether the section should be rather on the top or bottom of the admin section (0..99)
	 */
	public function getPriority();

	/**
	 * @return string The relative path to an icon describing the section
	 */
	public function getIcon();
}

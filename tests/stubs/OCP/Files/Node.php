<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\Files;

/**
 * Signature stub of OCP\Files\Node (since 6.0.0), the members the app and demo use.
 */
interface Node {
	public function getId();

	public function getName();

	public function getPath();

	public function getMimetype();

	public function getSize($includeMounts = true);

	public function getMTime();

	public function getParent();
}

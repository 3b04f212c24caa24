<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\AppFramework\Bootstrap;

use Psr\Container\ContainerInterface;

/**
 * Signature stub of OCP\AppFramework\Bootstrap\IBootContext (since 20.0.0).
 */
interface IBootContext {
	public function getAppContainer(): ContainerInterface;

	public function getServerContainer(): ContainerInterface;

	/**
	 * Invoke the given callable and inject all parameters based on their types and names.
	 *
	 * @return mixed
	 */
	public function injectFn(callable $fn);
}

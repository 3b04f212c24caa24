<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\AppFramework\Http\Attribute;

use Attribute;

/**
 * Signature stub of OCP\AppFramework\Http\Attribute\FrontpageRoute (since 29.0.0):
 * a route under /index.php/apps/{app}.
 */
#[Attribute(Attribute::TARGET_METHOD | Attribute::IS_REPEATABLE)]
class FrontpageRoute extends Route {
	public function __construct(
		string $verb,
		string $url,
		?array $requirements = null,
		?array $defaults = null,
		?string $root = null,
		?string $postfix = null,
	) {
		parent::__construct(Route::TYPE_FRONTPAGE, $verb, $url, $requirements, $defaults, $root, $postfix);
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\AppFramework\Http\Attribute;

use Attribute;

/**
 * Signature stub of OCP\AppFramework\Http\Attribute\Route (since 29.0.0).
 */
#[Attribute(Attribute::TARGET_METHOD | Attribute::IS_REPEATABLE)]
class Route {
	/** Corresponds to the `ocs` key in routes.php */
	public const TYPE_API = 'ocs';
	/** Corresponds to the `routes` key in routes.php */
	public const TYPE_FRONTPAGE = 'routes';

	/**
	 * @psalm-param Route::TYPE_* $type
	 * @psalm-param 'GET'|'HEAD'|'POST'|'PUT'|'DELETE'|'OPTIONS'|'PATCH' $verb
	 * @param ?array<string, string> $requirements
	 * @param ?array<string, mixed> $defaults
	 */
	public function __construct(
		protected string $type,
		protected string $verb,
		protected string $url,
		protected ?array $requirements = null,
		protected ?array $defaults = null,
		protected ?string $root = null,
		protected ?string $postfix = null,
	) {
	}

	/**
	 * @return array{verb: string, url: string, requirements?: array<string, string>, defaults?: array<string, mixed>, root?: string, postfix?: string}
	 */
	public function toArray() {
		$route = [
			'verb' => $this->verb,
			'url' => $this->url,
		];
		if ($this->requirements !== null) {
			$route['requirements'] = $this->requirements;
		}
		if ($this->defaults !== null) {
			$route['defaults'] = $this->defaults;
		}
		if ($this->root !== null) {
			$route['root'] = $this->root;
		}
		if ($this->postfix !== null) {
			$route['postfix'] = $this->postfix;
		}
		return $route;
	}

	public function getType(): string {
		return $this->type;
	}

	public function getVerb(): string {
		return $this->verb;
	}

	public function getUrl(): string {
		return $this->url;
	}

	public function getRequirements(): ?array {
		return $this->requirements;
	}

	public function getDefaults(): ?array {
		return $this->defaults;
	}

	public function getRoot(): ?string {
		return $this->root;
	}

	public function getPostfix(): ?string {
		return $this->postfix;
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Http;

use OCP\IInitialStateService;

/**
 * Collects initial state for the page and renders it as core's layout does:
 * `<input type="hidden" id="initial-state-{app}-{key}" value="{base64 of JSON}">`.
 */
final class InitialStateStore implements IInitialStateService {
	/** @var array<string, mixed> */
	private array $states = [];
	/** @var array<string, \Closure> */
	private array $lazyStates = [];

	public function provideInitialState(string $appName, string $key, $data): void {
		$this->states[$appName . '-' . $key] = $data;
	}

	public function provideLazyInitialState(string $appName, string $key, \Closure $closure): void {
		$this->lazyStates[$appName . '-' . $key] = $closure;
	}

	/**
	 * @return array<string, mixed> "app-key" => value
	 */
	public function all(): array {
		$states = $this->states;
		foreach ($this->lazyStates as $id => $closure) {
			$value = $closure();
			$states[$id] = $value instanceof \JsonSerializable ? $value->jsonSerialize() : $value;
		}
		return $states;
	}

	public function render(): string {
		$html = '';
		foreach ($this->all() as $id => $value) {
			$html .= '<input type="hidden" id="initial-state-' . htmlspecialchars($id, ENT_QUOTES) . '" value="'
				. base64_encode((string)json_encode($value)) . '">' . "\n";
		}
		return $html;
	}
}
